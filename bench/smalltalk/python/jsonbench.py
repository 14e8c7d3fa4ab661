"""Json: a small recursive-descent JSON parser (minimal-json style) run over a
fixed ~5 KB document."""
from .json_data import DOCUMENT

DOC = "".join(DOCUMENT)


class ParseException(Exception):
    pass


class JsonValue:
    def is_object(self):
        return False

    def is_array(self):
        return False


class JsonLiteral(JsonValue):
    def __init__(self, text):
        self.text = text


NULL = JsonLiteral("null")
TRUE = JsonLiteral("true")
FALSE = JsonLiteral("false")


class JsonNumber(JsonValue):
    def __init__(self, text):
        self.text = text


class JsonString(JsonValue):
    def __init__(self, text):
        self.text = text


class JsonArray(JsonValue):
    def __init__(self):
        self.values = []

    def is_array(self):
        return True


class HashIndexTable:
    """32 slots mapping a name's hash to (its index in the object + 1)."""

    def __init__(self):
        self.table = [0] * 32

    def add(self, name, index):
        slot = self.hash_slot_for(name)
        self.table[slot] = (index + 1) if index < 255 else 0

    def get(self, name):
        return self.table[self.hash_slot_for(name)] - 1

    def hash_slot_for(self, name):
        return hash(name) & 31


class JsonObject(JsonValue):
    def __init__(self):
        self.names = []
        self.values = []
        self.table = HashIndexTable()

    def is_object(self):
        return True

    def add(self, name, value):
        self.table.add(name, len(self.names))
        self.names.append(name)
        self.values.append(value)

    def get(self, name):
        index = self.index_of(name)
        return None if index == -1 else self.values[index]

    def index_of(self, name):
        index = self.table.get(name)
        if index != -1 and self.names[index] == name:
            return index
        for i in range(len(self.names) - 1, -1, -1):
            if self.names[i] == name:
                return i
        return -1


class JsonParser:
    def __init__(self, text):
        self.input = text
        self.index = -1
        self.current = None
        self.capture_start = -1
        self.capture = []

    def parse(self):
        self.read()
        self.skip_white_space()
        result = self.read_value()
        self.skip_white_space()
        if not self.is_end_of_text():
            raise ParseException("Unexpected character")
        return result

    def read_value(self):
        c = self.current
        if c == "n":
            return self.read_literal("null", NULL)
        if c == "t":
            return self.read_literal("true", TRUE)
        if c == "f":
            return self.read_literal("false", FALSE)
        if c == '"':
            return JsonString(self.read_string_internal())
        if c == "[":
            return self.read_array()
        if c == "{":
            return self.read_object()
        if c == "-" or (c is not None and c.isdigit()):
            return self.read_number()
        raise ParseException("Expected value")

    def read_array(self):
        self.read()
        array = JsonArray()
        self.skip_white_space()
        if self.read_char("]"):
            return array
        while True:
            self.skip_white_space()
            array.values.append(self.read_value())
            self.skip_white_space()
            if not self.read_char(","):
                break
        if not self.read_char("]"):
            raise ParseException("Expected ',' or ']'")
        return array

    def read_object(self):
        self.read()
        obj = JsonObject()
        self.skip_white_space()
        if self.read_char("}"):
            return obj
        while True:
            self.skip_white_space()
            name = self.read_name()
            self.skip_white_space()
            if not self.read_char(":"):
                raise ParseException("Expected ':'")
            self.skip_white_space()
            obj.add(name, self.read_value())
            self.skip_white_space()
            if not self.read_char(","):
                break
        if not self.read_char("}"):
            raise ParseException("Expected ',' or '}'")
        return obj

    def read_name(self):
        if self.current != '"':
            raise ParseException("Expected name")
        return self.read_string_internal()

    def read_literal(self, text, value):
        for ch in text:
            if not self.read_char(ch):
                raise ParseException("Expected " + text)
        return value

    def read_string_internal(self):
        self.read()
        self.start_capture()
        while self.current != '"':
            if self.current == "\\":
                self.pause_capture()
                self.read_escape()
                self.start_capture()
            elif self.current is None:
                raise ParseException("Unterminated string")
            else:
                self.read()
        s = self.end_capture()
        self.read()
        return s

    def read_escape(self):
        self.read()
        c = self.current
        table = {'"': '"', "/": "/", "\\": "\\", "b": "\b", "f": "\f", "n": "\n",
                 "r": "\r", "t": "\t"}
        if c in table:
            self.capture.append(table[c])
        else:
            raise ParseException("Expected valid escape sequence")
        self.read()

    def read_number(self):
        self.start_capture()
        self.read_char("-")
        first = self.current
        if not self.read_digit():
            raise ParseException("Expected digit")
        if first != "0":
            while self.read_digit():
                pass
        self.read_fraction()
        self.read_exponent()
        return JsonNumber(self.end_capture())

    def read_fraction(self):
        if not self.read_char("."):
            return False
        if not self.read_digit():
            raise ParseException("Expected digit")
        while self.read_digit():
            pass
        return True

    def read_exponent(self):
        if not self.read_char("e") and not self.read_char("E"):
            return False
        if not self.read_char("+"):
            self.read_char("-")
        if not self.read_digit():
            raise ParseException("Expected digit")
        while self.read_digit():
            pass
        return True

    def read_char(self, ch):
        if self.current != ch:
            return False
        self.read()
        return True

    def read_digit(self):
        if self.current is None or not self.current.isdigit():
            return False
        self.read()
        return True

    def skip_white_space(self):
        while self.current in (" ", "\t", "\n", "\r"):
            self.read()

    def read(self):
        self.index += 1
        self.current = self.input[self.index] if self.index < len(self.input) else None

    def start_capture(self):
        self.capture_start = self.index

    def pause_capture(self):
        self.capture.append(self.input[self.capture_start:self.index])
        self.capture_start = -1

    def end_capture(self):
        captured = "".join(self.capture) + self.input[self.capture_start:self.index]
        self.capture = []
        self.capture_start = -1
        return captured

    def is_end_of_text(self):
        return self.current is None


class Json:
    def benchmark(self):
        return JsonParser(DOC).parse()

    def verify_result(self, result):
        if not result.is_object():
            return False
        if not result.get("head").is_object():
            return False
        ops = result.get("operations")
        return ops.is_array() and len(ops.values) == 60
