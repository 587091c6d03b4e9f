"""Evaluation commands: each module scores one extraction stage on labelled data
(the shared development sets in ../shared/eval/dev/ and the project's own examples)."""
