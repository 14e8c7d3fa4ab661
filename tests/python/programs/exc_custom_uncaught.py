class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f"missing key {key}")
        self.key = key
def load(cfg):
    if "name" not in cfg:
        raise ConfigError("name")
    return cfg["name"]
print(load({"name": "x"}))
load({})
