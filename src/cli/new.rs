use super::NewArgs;
use std::process::ExitCode;
use verkan::Result;

pub fn run(args: &NewArgs) -> Result<ExitCode> {
    let created = verkan::author::create(&args.dir, &args.name, args.lang)?;
    let theory = created.theory.display();
    eprintln!("wrote {theory}");
    if let Some(schema) = &created.schema {
        eprintln!(
            "wrote {} (the format, for editors: its `#:schema` line points there)",
            schema.display()
        );
    }
    eprintln!(
        "next: edit it, then `verkan check {theory}` and `verkan render {theory} -o {}.svg`",
        created
            .theory
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
    );
    Ok(ExitCode::SUCCESS)
}
