"""enum: Enum, IntEnum, Flag (simple), auto, unique."""


class auto:
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self.order = auto._counter


class EnumMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        members = []
        for key, value in list(ns.items()):
            if key.startswith("_") or callable(value) or isinstance(value, (classmethod, staticmethod, property)):
                continue
            members.append((key, value))
        for key, _ in members:
            del ns[key]
        cls = super().__new__(mcls, name, bases, ns)
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._member_names_ = []
        last = 0
        for key, value in members:
            if isinstance(value, auto):
                value = cls._generate_next_value_(key, 1, len(cls._member_names_), last)
            if value in cls._value2member_map_:
                member = cls._value2member_map_[value]
            else:
                if cls._base_type is not None:
                    member = cls._base_type.__new__(cls, value)
                else:
                    member = object.__new__(cls)
                member._name_ = key
                member._value_ = value
                cls._member_names_.append(key)
                cls._value2member_map_[value] = member
            cls._member_map_[key] = member
            type.__setattr__(cls, key, member)
            if isinstance(value, int):
                last = value
        return cls

    def __call__(cls, value, *args):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__)) from None

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        type.__setattr__(cls, name, value)

    @property
    def __members__(cls):
        return dict(cls._member_map_)


class Enum(metaclass=EnumMeta):
    _base_type = None

    @staticmethod
    def _generate_next_value_(name, start, count, last_value):
        return last_value + 1 if count else start

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)


class IntEnum(int, Enum):
    _base_type = int
    __repr__ = Enum.__repr__
    __format__ = int.__format__

    def __str__(self):
        return str(self._value_)

    def __eq__(self, other):
        return int(self) == other

    def __hash__(self):
        return hash(int(self))

    def __lt__(self, other):
        return int(self) < other


class StrEnum(str, Enum):
    _base_type = str
    __repr__ = Enum.__repr__

    def __str__(self):
        return self._value_


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_value):
        return 1 << count


class IntFlag(int, Flag):
    _base_type = int


def unique(enumeration):
    return enumeration
