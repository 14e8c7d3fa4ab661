def compute():
    return {}["nope"]
class Config:
    value = 1
    other = compute()
