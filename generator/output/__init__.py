"""Stages 5 and 6, format and write: ruff lays out the rendered files, then whole packages are
swapped into ``generated/`` atomically; build records let an unchanged run skip the pipeline."""
