"""Code emitters: each turns IR fields, rules and records into lines of straight-line Python.

``wire`` spells values as wire text; ``checks`` validates arguments; ``xml`` writes and reads
XML; ``json`` reads JSON; ``form`` writes the pairs of encoded parameters. Lines use 4-space
indents relative to where the template puts them; the output stage formats them.
"""
