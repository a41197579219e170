# syntax=docker/dockerfile:1
# verkan in a container: `docker build -t verkan .`, then
#   docker run --rm -v "$PWD:/work" verkan check theories/
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/work" verkan build theories/ -o out
#   docker run --rm -p 8000:8000 -v "$PWD:/work" verkan serve theories/ --host 0.0.0.0
# The image holds the one binary and the C runtime it links; diagrams, PNG and PDF need
# nothing else (the fonts are built in). Graphviz, for `--engine graphviz` only, is not in it.

FROM rust:1-slim-bookworm AS build
WORKDIR /src
COPY . .
# The registry and the build folder are cached between builds (BuildKit), so an edit to
# verkan's code rebuilds only verkan.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin verkan \
    && install -s target/release/verkan /usr/local/bin/verkan

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /usr/local/bin/verkan /usr/local/bin/verkan
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/verkan"]
CMD ["--help"]
