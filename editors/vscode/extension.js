// Starts `verkan lsp` for theory files. The extension attaches to every TOML file; the
// server answers only files with a `[theory]` table or a `#:schema` line naming the theory
// schema, so other TOML files (Cargo.toml, pyproject.toml) are left to other extensions.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("verkan").get("path") || "verkan";
  const server = { command, args: ["lsp"], transport: TransportKind.stdio };
  client = new LanguageClient(
    "verkan",
    "verkan",
    { run: server, debug: server },
    {
      documentSelector: [{ scheme: "file", language: "toml" }],
      synchronize: {
        // A theory's data files change its findings.
        fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{csv,xlsx}"),
      },
    },
  );
  context.subscriptions.push(client);
  return client.start().catch((error) => {
    vscode.window.showErrorMessage(
      `verkan: could not start \`${command} lsp\` (${error.message}). Install verkan, or set verkan.path.`,
    );
  });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
