"""Turn hand-written carrier specs into typed, validated Python SDKs.

The flow runs one way: ``loader`` (specs -> IR) -> ``passes`` (IR -> IR) -> ``render``
(IR -> files in memory) -> ``formatting`` (black) -> ``writer`` (atomic swap on disk).
"""
