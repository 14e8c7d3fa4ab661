class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[E{self.code}] {self.args[0]}"
def load():
    try:
        open("/nonexistent/file.txt")
    except OSError as e:
        raise AppError(2, "cannot load config") from e
load()
