class Parser:
    def __init__(self, text):
        self.text = text
    def numbers(self):
        return [self.convert(t) for t in self.text.split(",")]
    def convert(self, token):
        return int(token.strip())
print(Parser("1, 2, 3").numbers())
Parser("4, five, 6").numbers()
