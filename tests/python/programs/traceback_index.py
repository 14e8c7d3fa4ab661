data = [1, 2, 3]
def get(i):
    return data[i]
print(get(2))
print(get(10))
