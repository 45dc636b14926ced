"""newssift's analyzers, one module each (registered by name in `newssift.registry`).

Rule-based: `quotes` (quoted spans) and `quantities` (numbers with what they measure; helpers in
`numbers`, `temporal` and `counted`). Model-backed ones read the shared `analysis.encoding` and run
their heads in numpy. Nothing is imported here: importing the package does no work.
"""
