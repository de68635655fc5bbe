"""The runtime every generated SDK shares: ordinary modules, copied verbatim into each package.

They import only each other (relatively), the standard library, httpx and anyio; lxml and
msgspec are imported by the modules that need them (``_xmlio``, ``_jsonio``), which are copied
only into SDKs that read that format. Nothing here depends on a spec: what a spec decides is
rendered from templates and handed to these modules as arguments.
"""
