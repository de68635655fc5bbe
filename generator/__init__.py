"""Generate typed, validated Python SDKs for DID carriers from hand-written specs.

The flow, one subpackage a stage: ``load`` (YAML or WSDL -> checked IR) -> ``passes`` (every
derived fact) -> ``render`` (files in memory) -> ``output`` (ruff formats, the writer swaps
packages in atomically). ``runtime`` holds the modules copied into every SDK; ``docs`` builds
the documentation site from the same IR. ``pipeline`` ties the stages together.
"""
