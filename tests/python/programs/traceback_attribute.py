class Thing:
    pass
t = Thing()
t.name = "x"
print(t.name)
print(t.missing_attribute)
