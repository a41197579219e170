# verkans hjälptexter på svenska (`verkan --help --lang sv`, eller ett svenskt LANG). Den
# engelska hjälpen är dokumentkommentarerna i src/cli/mod.rs; testerna i src/cli/help.rs kontrollerar att
# varje kommando och argument som finns där har sin text här, och inget annat.
# cmd-KOMMANDO: kort beskrivning, .long: den långa. arg-KOMMANDO-ARGUMENT, eller arg-ARGUMENT
# för de argument som flera kommandon delar.

cmd-verkan = Kontrollera, rita och rapportera förändringsteorier.
    .long =
        Kontrollera, rita och rapportera förändringsteorier.

        En teori är en TOML-fil: resurser och insatser leder, genom förändringsmekanismer, till
        effekter på kort, mellanlång och lång sikt, som var och en mäts med indikatorer. Börja med
        `verkan build`, som kontrollerar varje teori under theories/ och ritar dess diagram i out/.

cmd-build = Kontrollera varje teori i en mapp och, om ingen har fel, skriv var och ens workshopsida, SVG, PNG, PDF och styrkort, och en översikt (index.html, index.md), till utmappen.
    .long =
        Kontrollera varje teori i en mapp och, om ingen har fel, skriv var och ens workshopsida,
        SVG, PNG, PDF och styrkort, och en översikt (index.html, index.md), till utmappen.

        Inget skrivs när en teori har fel; filer ersätts atomärt, så ett avbrutet bygge lämnar
        aldrig ett halvt diagram efter sig.

        Exempel:
          verkan build                          # theories/ → out/
          verkan build workshop/ -o handouts/

cmd-check = Kontrollera teorifiler: hänvisningar går att följa, varje effekt nås av en mekanism och har en resultatindikator, tiden går framåt, inget hänger löst.
    .long =
        Kontrollera teorifiler: hänvisningar går att följa, varje effekt nås av en mekanism och
        har en resultatindikator, tiden går framåt, inget hänger löst.

        Avslutas med 0 när inga fel hittas, 1 när fel hittas (eller varningar, med
        `--deny warnings`), 2 när en fil inte kan läsas eller kommandoraden är fel.

        Exempel:
          verkan check                          # varje *.toml under theories/
          verkan check theories/spira.toml
          verkan check --deny warnings --format github theories/

cmd-render = Rita en teori: kolumner i tidsordning, en bana per perspektiv, numrerade mekanismer.
    .long =
        Rita en teori: kolumner i tidsordning, en bana per perspektiv, numrerade mekanismer.

        Formatet följer utfilens filändelse om inte --format anges; utan -o går textformaten
        (svg, dot, mermaid, json) till standard ut.

        Exempel:
          verkan render theories/spira.toml -o spira.svg
          verkan render theories/spira.toml -o spira.png --scale 2
          verkan render theories/pa_vag.toml --perspective samverkan -o samverkan.svg
          verkan render theories/spira.toml --focus stegforflyttning -o kedjan.svg
          verkan render theories/spira.toml --format mermaid >> README.md

cmd-report = Ett styrkort för en styrgrupp: per effekt dess indikatorer, målvärde, värden över perioderna och status (uppnått, på väg, ej uppnått), med värden per grupp där de delas upp. Med en mapp eller flera filer, ett styrkort över alla: portföljen.
    .long =
        Ett styrkort för en styrgrupp: per effekt dess indikatorer, målvärde, värden över
        perioderna och status (uppnått, på väg, ej uppnått), med värden per grupp där de delas
        upp. Med en mapp eller flera filer, ett styrkort över alla: portföljen.

        Rubrikerna följer teorins språk. Avslutas med 1 om teorin har fel.

        Exempel:
          verkan report theories/stegen.toml
          verkan report theories/spira.toml --format markdown > styrgrupp.md
          verkan report theories/stegen.toml --period 2011 --format csv
          verkan report theories/ --format markdown > portfolj.md
          verkan report theories/ -o styrgrupp.xlsx

cmd-coverage = Indikatortäckning: andelen effekter som nås av en mekanism, har en resultatindikator, ett målvärde och en mätning, per teori, tidshorisont och perspektiv.
    .long =
        Indikatortäckning: andelen effekter som nås av en mekanism, har en resultatindikator, ett
        målvärde och en mätning, per teori, tidshorisont och perspektiv.

        Med --min avslutas kommandot med 1 när en teoris andel ligger under gränsen, så att CI
        kan stoppa på täckning.

        Exempel:
          verkan coverage
          verkan coverage --min 80 --metric target theories/
          verkan coverage --require measured theories/stegen.toml

cmd-explain = Förklara en regel: vad den kontrollerar, varför det spelar roll, ett exempel och hur man rättar.
    .long =
        Förklara en regel: vad den kontrollerar, varför det spelar roll, ett exempel och hur man
        rättar.

        Utan regel listas alla regler med sin standardnivå.

        Exempel:
          verkan explain
          verkan explain effect-without-outcome-indicator

cmd-import = Gör en teorifil av en logisk ram (logframe) i Excel eller CSV: mål som effekter på lång och mellanlång sikt, resultat som prestationer, aktiviteter, indikatorer med utgångsvärde, målvärde och källa, antaganden som förutsättningar.
    .long =
        Gör en teorifil av en logisk ram (logframe) i Excel eller CSV: mål som effekter på lång
        och mellanlång sikt, resultat som prestationer, aktiviteter, indikatorer med utgångsvärde,
        målvärde och källa, antaganden som förutsättningar.

        EU:s uppställning, på svenska eller engelska: rader för övergripande mål (overall
        objective), projektmål (specific objective), resultat och aktiviteter; kolumner för
        interventionslogik, indikatorer, utgångsvärde, målvärde, verifieringskällor och
        antaganden. En logframe anger ingen mekanism, så dess vertikala logik blir mekanismer
        markerade `draft = true`, och `verkan check` visar vad programmet ännu behöver säga.
        Ersätter aldrig en fil.

        Exempel:
          verkan import logframe ramverk.xlsx --name "På väg"
          verkan import logframe logframe.csv -o theories/pilot.toml

cmd-new = Börja en ny teori: en kommenterad fil med varje del av en förändringsteori på plats (perspektiv, en resurs, insatser, mekanismer, effekter på tre tidshorisonter, resultatindikatorer med målvärden) som går igenom `verkan check` som den är.
    .long =
        Börja en ny teori: en kommenterad fil med varje del av en förändringsteori på plats
        (perspektiv, en resurs, insatser, mekanismer, effekter på tre tidshorisonter,
        resultatindikatorer med målvärden) som går igenom `verkan check` som den är.

        Bredvid den skrivs theory.schema.json, som filens `#:schema`-rad pekar redigerare till
        (VS Code med Even Better TOML och andra taplo-baserade redigerare) för komplettering och
        kontroll medan man skriver. Ersätter aldrig en fil.

        Exempel:
          verkan new "Mitt projekt"             # theories/mitt-projekt.toml, på svenska
          verkan new pilot --lang en --dir drafts/

cmd-diff = Vad som ändrats i en teoris innehåll: poster, mekanismer, förutsättningar och indikatorer som lagts till, tagits bort, flyttats (tidshorisont, perspektiv) eller formulerats om; målvärden, utvärderingsresultat och mätningar som ändrats. Formatering, kommentarer och nycklarnas ordning är inga ändringar.
    .long =
        Vad som ändrats i en teoris innehåll: poster, mekanismer, förutsättningar och indikatorer
        som lagts till, tagits bort, flyttats (tidshorisont, perspektiv) eller formulerats om;
        målvärden, utvärderingsresultat och mätningar som ändrats. Formatering, kommentarer och
        nycklarnas ordning är inga ändringar.

        Avslutas med 0, eller med --exit-code 1 när något ändrats.

        Exempel:
          verkan diff old/spira.toml theories/spira.toml
          verkan diff theories/spira.toml --since HEAD~1
          verkan diff theories/spira.toml --since main --format markdown   # en PR-kommentar

cmd-fmt = Lägg upp teorifiler på ett sätt: sektionerna i formatets ordning, nycklarna i en fast ordning, listor radbrutna vid 100 kolumner, en tom rad mellan tabeller; varje kommentar kvar, innehållet oförändrat.
    .long =
        Lägg upp teorifiler på ett sätt: sektionerna i formatets ordning, nycklarna i en fast
        ordning, listor radbrutna vid 100 kolumner, en tom rad mellan tabeller; varje kommentar
        kvar, innehållet oförändrat.

        Med --check skrivs ingenting: filerna som skulle ändras listas och kommandot avslutas med
        1 om det finns några (för CI och pre-commit).

        Exempel:
          verkan fmt                            # varje *.toml under theories/
          verkan fmt --check theories/

cmd-schema = JSON-schemat för varje maskinformat (diagnostik, rapport, täckning, layout, sida, portfölj, diff, edit) och för själva teoriformatet (theory.schema.json, för redigerare).
    .long =
        JSON-schemat för varje maskinformat (diagnostik, rapport, täckning, layout, sida,
        portfölj, diff, edit) och för själva teoriformatet (theory.schema.json, för redigerare).

        Varje JSON-utdata har `version: 1`; inom en version läggs fält bara till.

        Exempel:
          verkan schema                         # lista schemana
          verkan schema report.v1.schema.json   # skriv ut ett
          verkan schema theory.schema.json      # teoriformatet
          verkan schema theory.schema.json --lang sv  # med svenska beskrivningar
          verkan schema --write schemas/        # skriv alla

cmd-serve = Visa en mapp med teorier för en workshop: översikten och varje teoris sida, uppdaterade i varje öppen webbläsare så snart en teori- eller datafil sparas.
    .long =
        Visa en mapp med teorier för en workshop: översikten och varje teoris sida, uppdaterade i
        varje öppen webbläsare så snart en teori- eller datafil sparas.

        En fil som sparas med fel behåller sitt senaste fungerande diagram på sidan, med felen
        överst. Lyssnar bara på 127.0.0.1, om inte --host säger annat; bara läsning. Ctrl-C
        stoppar.

        Exempel:
          verkan serve                          # theories/ på http://127.0.0.1:8000/
          verkan serve workshop/ --port 8080 --open

cmd-lsp = En språkserver för redigerare, på standard in och ut: `check`s fynd medan du skriver, komplettering av nycklar, ord och id:n efter sort, hovring, gå till definition, hitta referenser, byt namn, disposition, snabbfixar, formatering.
    .long =
        En språkserver för redigerare, på standard in och ut: `check`s fynd medan du skriver,
        komplettering av nycklar, ord och id:n efter sort, hovring, gå till definition, hitta
        referenser, byt namn, disposition, snabbfixar, formatering.

        En redigerare startar den; README säger hur för VS Code, Neovim, Helix och Zed.

        Exempel:
          verkan lsp

cmd-help = Visa det här meddelandet eller hjälpen för de angivna underkommandona

## Argument som flera kommandon delar

arg-lang = Språket för meddelanden, sammanfattningar och nya teorier: sv eller en. Som standard varje teoris eget `language` (för meddelanden om den), annars LC_ALL / LC_MESSAGES / LANG.
arg-paths = Teorifiler, eller mappar att söka efter *.toml-filer i.
arg-allow_data_outside = Låt teorier läsa datafiler utanför sin egen mapp (som standard kan en teori bara ange CSV-filer i sitt eget mappträd).
arg-max_data_size = Den största datafil som läses, i MiB.
arg-include_hidden = Läs också de rader och kolumner som är dolda i en arbetsbok (som standard lämnas de utanför, och det sägs).

## Per kommando

arg-build-input = Mappen med teorier (eller en teorifil).
arg-build-output = Mappen som diagram och index.md skrivs till; skapas om den saknas.
arg-build-scale = PNG-upplösning: 1 är en pixel per SVG-enhet, 2 passar bildspel och tryck.
arg-build-force = Ersätt filer i utmappen som verkan inte skrivit (som din egen index.md); utan flaggan vägrar build.
arg-build-fresh = Rita varje diagram på nytt; utan flaggan behåller vart och ett ordningen i sin ritning som redan finns i utmappen, så att en liten ändring flyttar lite.
arg-check-format = Hur fynden skrivs ut.
arg-check-allow = Rapportera inte fynd från REGEL (kan upprepas).
arg-check-warn = Rapportera fynd från REGEL som varningar (kan upprepas).
arg-check-deny = Rapportera fynd från REGEL som fel; `--deny warnings` gör varje varning till ett fel (kan upprepas).
arg-check-color = När den mänskliga utskriften färgas.
arg-render-theory = Teorifilen som ska ritas.
arg-render-output = Var resultatet skrivs; filändelsen väljer formatet (.svg .png .pdf .html .dot .mmd .json).
arg-render-format = Utformatet, när filnamnet inte säger det.
arg-render-engine = Vem som lägger ut diagrammet: verkan själv, eller systemets Graphviz `dot`.
arg-render-scale = PNG-upplösning: 1 är en pixel per SVG-enhet.
arg-render-perspective = Visa bara det här perspektivets bana (kan upprepas).
arg-render-horizon = Visa bara effekter på den här tidshorisonten (kan upprepas).
arg-render-focus = Visa bara det som leder till, och följer av, den här posten.
arg-render-page = Passa in bilden på en sida eller skärm med läsbar text (SVG, PNG, PDF). En PDF som inte får plats på en sida får fler: hela diagrammet, varje perspektiv läsbart, mekanismerna. En SVG eller PNG som inte får plats vägras, och felet namnger de vyer som skulle få plats.
arg-render-with_text = Bara PDF: teorin i ord efter bilden (på A4 stående om inte --page anges).
arg-render-no_legend = Utelämna listan med numrerade mekanismer.
arg-render-no_indicators = Utelämna indikatormärkena på effekterna.
arg-render-previous = Rita som den här tidigare SVG-ritningen av teorin: rutornas ordning i varje cell och markörernas i varje mellanrum behålls där teorin tillåter det. En som inte passar (saknas, är skadad, ritar en annan teori) ger en varning och en ny layout.
arg-report-paths = Teorifilen; eller flera, eller mappar med sådana, för ett styrkort över teorierna (portföljen).
arg-report-format = Utformatet; `-o` med ett .md-, .csv-, .json- eller .xlsx-namn väljer det också.
arg-report-output = Skriv till den här filen i stället för till standard ut (ersätts atomärt).
arg-report-period = Rapportera per den här perioden (t.ex. 2011, 2019-H1): senare mätningar utelämnas.
arg-coverage-min = Avsluta med 1 när någon teoris andel (se --metric) ligger under PCT procent.
arg-coverage-metric = Vilken andel --min gäller.
arg-coverage-require = Avsluta med 1 så länge någon resultatindikator saknar mätning.
arg-coverage-format = Utformatet.
arg-explain-rule = Regelns namn, som det står inom hakparenteser i en diagnos.
arg-import-format = Vad filen är
arg-import-file = Filen: en arbetsbok (.xlsx, dess första blad om inte --sheet) eller en CSV-fil
arg-import-output = Teorifilen som skrivs (som standard indatafilens namn, som .toml, bredvid den)
arg-import-sheet = Arbetsbokens blad
arg-import-name = Programmets namn (som standard filens namn)
arg-new-name = Programmets namn; filen får sitt namn efter det. Dess språk är --lang (standard sv).
arg-new-dir = Mappen som filen skrivs till.
arg-diff-old = Den gamla versionen (eller, med --since, teorifilen).
arg-diff-new = Den nya versionen.
arg-diff-since = Jämför filen med sig själv vid den här git-revisionen (läst med `git show`).
arg-diff-format = Utformatet.
arg-diff-exit_code = Avsluta med 1 när innehållet ändrats.
arg-fmt-check = Skriv ingenting; lista filerna som inte är formaterade och avsluta med 1 om det finns några.
arg-schema-name = Schemat som ska skrivas ut, efter filnamn.
arg-schema-write = Skriv alla scheman till den här mappen.
arg-lsp-stdio = Tala över standard in och ut (det enda sättet; tas emot eftersom redigerares klientbibliotek skickar det).
arg-serve-dir = Mappen med teorier.
arg-serve-host = Adressen att lyssna på. Allt utom 127.0.0.1 eller localhost låter andra i nätverket läsa teorierna.
arg-serve-port = Porten; 0 tar vilken ledig som helst.
arg-serve-open = Öppna översikten i standardwebbläsaren.
arg-help = Visa hjälp
arg-version = Visa version

## clap:s rubriker

heading-usage = Användning:
heading-arguments = Argument
heading-options = Flaggor
heading-commands = Kommandon
cmd-edit = Ändra en teorifil med en ändring: lägg till, sätt, döp om eller ta bort delar, så som workshopsidan gör. Allt som ändringen inte rör förblir som det var, kommentarer också; ett nytt namn följer varje hänvisning, i filen och i dess CSV-datafiler.
    .long =
        Ändra en teorifil med en ändring: lägg till, sätt, döp om eller ta bort delar, så som
        workshopsidan gör. Allt som ändringen inte rör förblir som det var, kommentarer också;
        ett nytt namn följer varje hänvisning, i filen och i dess CSV-datafiler.

        Ändringen är JSON i formatet edit.v1 (`verkan schema edit.v1.schema.json`):
        {"  {"}"version": 1, "ops": [
        {"    {"}"op": "add", "kind": "effect", "id": "trygghet",
        {"     "}"fields": {"{"}"horizon": "short", "text": "Deltagarna känner sig trygga"{"}"}{"}"},
        {"    {"}"op": "set", "id": "trygghet", "field": "perspective", "value": "deltagare"{"}"},
        {"    {"}"op": "rename", "id": "trygghet", "to": "trygga-deltagare"{"}"},
        {"    {"}"op": "remove", "id": "gammal-insats"{"}"}]{"}"}
        En ändring görs helt eller inte alls: en som nämner ett okänt id, ger ett värde som
        formatet inte tillåter eller skulle göra teorin trasig ändrar ingenting (slutkod 2).
        Genomförd skriver den ut vad som ändrades och kontrollens sammanfattning, och avslutas
        som `check` gör.

        Exempel:
          verkan edit theories/spira.toml --ops edit.json
          echo '{"{"}"version":1,"ops":[{"{"}"op":"remove","id":"x"{"}"}]{"}"}' | verkan edit t.toml --ops -
          verkan edit theories/spira.toml --ops edit.json --dry-run
arg-edit-theory = Teorifilen som ska ändras.
arg-edit-ops = Ändringen: en fil med JSON i formatet edit.v1, eller - för standard in.
arg-edit-dry_run = Skriv ingenting: visa vad ändringen skulle göra och kontrollen av resultatet.
arg-serve-share = Låt rummets datorer ansluta över det lokala nätverket: lyssna på varje adress, och svara bara på anrop som bär en hemlighet, given i en anslutningsadress och dess QR-kod.
