"""IATI results verkan writes, validated against IATI's own 2.03 schema (the XSD files .ci/run
takes from the pyIATI package) with lxml, and read back: every result has a type and its
indicators, every period its dates.
Run by tests/suite/iati.rs: python3 iati.py RESULTS.xml SCHEMA.xsd
"""
import sys

from lxml import etree


def main(path, schema_path):
    schema = etree.XMLSchema(etree.parse(schema_path))
    document = etree.parse(path)
    if not schema.validate(document):
        for error in schema.error_log:
            print(f"{error.line}: {error.message}")
        sys.exit(1)
    results = document.findall(".//result")
    types = {r.get("type") for r in results}
    periods = document.findall(".//period")
    for r in results:
        assert r.findall("indicator"), "a result without indicators"
    print(f"ok: {len(results)} results (types {sorted(types)}), {len(periods)} periods")


if __name__ == "__main__":
    main(*sys.argv[1:])
