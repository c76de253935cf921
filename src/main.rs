use clap::Parser;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use swlaw::{
    app,
    cli::Cli,
    error::{Failure, exit},
};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json_errors = cli.global.format == Some(swlaw::cli::Format::Json);
    let mut out = BufWriter::new(std::io::stdout().lock());
    let result = app::run(cli, &mut out).and_then(|code| {
        out.flush()?;
        Ok(code)
    });
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            let failure = error.downcast_ref::<Failure>();
            let code = failure.map_or(exit::USAGE, Failure::exit_code);
            if json_errors {
                // Scripts asking for JSON get the error as one JSON object too.
                swlaw::report!("{}", swlaw::error::json(&error, code));
            } else {
                swlaw::report!("swlaw: {error}");
            }
            ExitCode::from(code)
        }
    }
}

/// A reader that stopped reading (`swlaw list | head -1`) is not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
