"""The documentation site: checked specs -> Markdown pages -> MkDocs -> ``site/``.

Built from the same IR as the SDKs (after the passes), beside the SDK pipeline rather than in it.
"""

from generator.docs.site import RUNNABLE, DocsError, build_docs, build_site, render_docs, write_sources

__all__ = ["RUNNABLE", "DocsError", "build_docs", "build_site", "render_docs", "write_sources"]
