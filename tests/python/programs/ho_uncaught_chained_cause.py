import json


class ConfigError(Exception):
    """Raised when the configuration cannot be used."""


def parse_port(text):
    try:
        port = int(text)
    except ValueError as exc:
        raise ConfigError(f"port must be a number, got {text!r}") from exc
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port


def load(raw):
    cfg = json.loads(raw)
    return {"host": cfg.get("host", "localhost"), "port": parse_port(cfg["port"])}


print(load('{"host": "example.org", "port": "8080"}'))
print(load('{"port": "80"}'))
print(load('{"port": "eighty"}'))
