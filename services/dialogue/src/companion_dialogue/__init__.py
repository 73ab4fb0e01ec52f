"""The dialogue service: composes the companion's replies and keeps conversation transcripts."""
