class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(field, problem)
    def __str__(self):
        return f"{self.field}: {self.problem}"
def validate(rec):
    if rec.get("age", 0) < 0:
        raise ValidationError("age", "must be >= 0")
validate({"age": 3})
validate({"age": -1})
