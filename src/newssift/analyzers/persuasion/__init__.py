"""Shared helpers of the `techniques`, `frames` and `genre` analyzers (features, span decoding, voice).

Everything here is numpy on the shared encoder's output; training code builds the very same features
through these functions, so a head sees at inference exactly what it saw in training.
"""
