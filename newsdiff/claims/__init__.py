"""Rule-based claim extraction, one report at a time: figures, quotes, framing cues."""
