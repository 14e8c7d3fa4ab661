"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

Written for this VM; what programs can observe (member order, aliases,
auto() values, repr/str/format, Flag composition and its error messages)
follows CPython 3.11."""

STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


class auto:
    """Placeholder value: replaced by _generate_next_value_ at class creation."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_dunder_or_sunder(name):
    return (len(name) > 2 and name[0] == "_" and name[-1] == "_") or name.startswith("__")


def _is_private(cls_name, name):
    prefix = "_" + cls_name.lstrip("_") + "__"
    return name.startswith(prefix) and not name.endswith("__")


def _power_of_two(v):
    return v > 0 and v & (v - 1) == 0


def _is_flag(cls):
    flag = globals().get("Flag")
    return flag is not None and issubclass(cls, flag)


def _bits_text(num, width):
    """The '0b0 0111' form CPython's Flag errors show."""
    return "0b0 " + format(num, "0%db" % width)


class EnumType(type):
    def __new__(mcls, name, bases, ns, boundary=None, **kwds):
        ignore = ns.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = []
        for key, value in list(ns.items()):
            if key in ignore or key == "_ignore_":
                del ns[key]
                continue
            if _is_dunder_or_sunder(key) or _is_private(name, key) or _is_descriptor(value):
                continue
            members.append((key, value))
        for key, _ in members:
            del ns[key]
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (name, base))
        custom_new = ns.get("__new__")
        cls = super().__new__(mcls, name, bases, ns, **kwds)
        type.__setattr__(cls, "_member_map_", {})
        type.__setattr__(cls, "_value2member_map_", {})
        type.__setattr__(cls, "_member_names_", [])
        type.__setattr__(cls, "_unhashable_values_", [])
        if boundary is not None:
            type.__setattr__(cls, "_boundary_", boundary)
        member_type = object
        for klass in cls.__mro__[1:]:
            if not isinstance(klass, EnumType) and klass is not object:
                member_type = klass
                break
        type.__setattr__(cls, "_member_type_", member_type)
        # With a data type mixed in (int, str), its repr/str/format come
        # before the enum's in the MRO; the enum's win unless the class
        # defines its own.
        first_enum = None
        for klass in cls.__mro__[1:]:
            if isinstance(klass, EnumType):
                first_enum = klass
                break
        if first_enum is not None and member_type is not object:
            for meth in ("__repr__", "__str__", "__format__"):
                if meth in ns:
                    continue
                found = getattr(cls, meth)
                if found is getattr(member_type, meth) or found is getattr(object, meth):
                    type.__setattr__(cls, meth, getattr(first_enum, meth))
        if custom_new is None:
            for klass in cls.__mro__[1:]:
                if isinstance(klass, EnumType) and "_new_member_" in klass.__dict__ and klass._new_member_ is not None:
                    custom_new = klass._new_member_
                    break
        type.__setattr__(cls, "_new_member_", custom_new)
        values = []
        for key, value in members:
            if isinstance(value, auto):
                if value.value is None:
                    value = cls._generate_next_value_(key, 1, len(values), values[:])
                else:
                    value = value.value
            values.append(value)
            cls._add_member(key, value)
        if _is_flag(cls):
            mask = 0
            for n in cls._member_names_:
                v = cls._member_map_[n]._value_
                if isinstance(v, int):
                    mask |= v
            type.__setattr__(cls, "_flag_mask_", mask)
        return cls

    def __init__(cls, name, bases, ns, boundary=None, **kwds):
        type.__init__(cls, name, bases, ns)

    def _add_member(cls, key, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = cls._member_type_
        if cls._new_member_ is not None:
            member = cls._new_member_(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        try:
            value = member._value_
        except AttributeError:
            if member_type is object or cls._new_member_ is not None:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
            value = member._value_
        member._name_ = key
        for klass in cls.__mro__:
            if "__init__" in klass.__dict__:
                if isinstance(klass, EnumType) and klass is not Enum:
                    klass.__dict__["__init__"](member, *args)
                break
        is_flag = _is_flag(cls)
        for other in cls._member_map_.values():
            if other._value_ == value:
                member = other      # an alias of an earlier member
                break
        else:
            # Flags iterate over their single bits only
            if not is_flag or not isinstance(value, int) or _power_of_two(value):
                cls._member_names_.append(key)
        cls._member_map_[key] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, key, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, type=type, start=start, boundary=boundary)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        if _is_flag(cls) and isinstance(value, int):
            mask = cls._flag_mask_
            width = max(mask.bit_length(), value.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bits_text(value, width), _bits_text(mask, width)))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def _create_(cls, class_name, names, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, dict):
            items = list(names.items())
        else:
            names = list(names)
            if names and isinstance(names[0], str):
                items = []
                last = []
                for i, n in enumerate(names):
                    v = cls._generate_next_value_(n, start, i, last[:])
                    last.append(v)
                    items.append((n, v))
            else:
                items = [tuple(x) for x in names]
        ns = {}
        for n, v in items:
            ns[n] = v
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, ns, boundary=boundary)

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, "EnumType"))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot delete member %r" % name)
        type.__delattr__(cls, name)

    def __repr__(cls):
        if _is_flag(cls):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    @classmethod
    def _generate_next_value_(cls, name, start, count, last_values):
        if not count:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]


class ReprEnum(Enum):
    """Only repr() is the enum's; str() and format() are the data type's."""

    def __str__(self):
        return self._member_type_.__str__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    @classmethod
    def _generate_next_value_(cls, name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    _boundary_ = STRICT

    @classmethod
    def _generate_next_value_(cls, name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(v for v in last_values if isinstance(v, int))
        return 2 ** high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if cls._boundary_ != KEEP else value
        unknown = value & ~mask
        if unknown and cls._boundary_ not in (KEEP, EJECT, CONFORM):
            return None
        if cls._boundary_ == CONFORM:
            value &= mask
            unknown = 0
        if cls._boundary_ == EJECT and unknown:
            return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        parts = [m._name_ for m in cls._single_bits_(value & mask)]
        if unknown:
            parts.append(str(unknown))
        pseudo._name_ = "|".join(parts) if value else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _single_bits_(cls, value):
        found = [cls._member_map_[n] for n in cls._member_names_
                 if _power_of_two(cls._member_map_[n]._value_) and cls._member_map_[n]._value_ & value]
        return sorted(found, key=lambda m: m._value_)

    def __repr__(self):
        cls_name = type(self).__name__
        value_repr = int.__repr__ if self._member_type_ is object else self._member_type_.__repr__
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, value_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, value_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._single_bits_(self._value_))

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ (self._value_ & self._flag_mask_))


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    __repr__ = Flag.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__


def unique(enumeration):
    duplicates = [(name, member._name_) for name, member in enumeration._member_map_.items()
                  if name != member._name_]
    if duplicates:
        raise ValueError("duplicate values found in %r: %s"
                         % (enumeration, ", ".join("%s -> %s" % d for d in duplicates)))
    return enumeration
