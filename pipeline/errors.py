"""The project's own error: every refusal of an input is one of these, never a bare traceback."""


class ReportError(Exception):
    """A file that cannot be turned into a report, with a one-line reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
