"""The safety and wellbeing service: assesses user messages, sends crisis support, reviews replies."""
