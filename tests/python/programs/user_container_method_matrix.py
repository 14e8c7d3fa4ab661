# list methods (with their result and the list afterwards) across several lists.
out = []
try:
    L = []
    r = L.append(9)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.extend('ab')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.insert(1, 'x')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.insert(-100, 0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.pop()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.pop(0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.pop(-2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.remove(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.index(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.index(2, 1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.count(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.sort()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.sort(reverse=True)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.sort(key=str)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.reverse()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.copy()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.clear()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__getitem__(slice(1, None, 2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__getitem__(-1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__getitem__(5)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__setitem__(slice(0, 2), [7])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__setitem__(slice(None, None, 2), [0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__delitem__(slice(None, None, -2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__mul__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__add__([0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__iadd__((5,))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__contains__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__eq__([1])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = []
    r = L.__lt__([2])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.append(9)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.extend('ab')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.insert(1, 'x')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.insert(-100, 0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.pop()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.pop(0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.pop(-2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.remove(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.index(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.index(2, 1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.count(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.sort()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.sort(reverse=True)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.sort(key=str)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.reverse()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.copy()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.clear()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__getitem__(slice(1, None, 2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__getitem__(-1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__getitem__(5)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__setitem__(slice(0, 2), [7])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__setitem__(slice(None, None, 2), [0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__delitem__(slice(None, None, -2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__mul__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__add__([0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__iadd__((5,))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__contains__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__eq__([1])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1]
    r = L.__lt__([2])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.append(9)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.extend('ab')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.insert(1, 'x')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.insert(-100, 0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.pop()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.pop(0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.pop(-2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.remove(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.index(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.index(2, 1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.count(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.sort()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.sort(reverse=True)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.sort(key=str)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.reverse()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.copy()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.clear()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__getitem__(slice(1, None, 2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__getitem__(-1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__getitem__(5)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__setitem__(slice(0, 2), [7])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__setitem__(slice(None, None, 2), [0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__delitem__(slice(None, None, -2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__mul__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__add__([0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__iadd__((5,))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__contains__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__eq__([1])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [3, 1, 2]
    r = L.__lt__([2])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.append(9)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.extend('ab')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.insert(1, 'x')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.insert(-100, 0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.pop()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.pop(0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.pop(-2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.remove(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.index(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.index(2, 1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.count(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.sort()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.sort(reverse=True)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.sort(key=str)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.reverse()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.copy()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.clear()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__getitem__(slice(1, None, 2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__getitem__(-1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__getitem__(5)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__setitem__(slice(0, 2), [7])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__setitem__(slice(None, None, 2), [0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__delitem__(slice(None, None, -2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__mul__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__add__([0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__iadd__((5,))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__contains__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__eq__([1])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [1, 'a', None]
    r = L.__lt__([2])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.append(9)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.extend('ab')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.insert(1, 'x')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.insert(-100, 0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.pop()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.pop(0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.pop(-2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.remove(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.index(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.index(2, 1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.count(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.sort()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.sort(reverse=True)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.sort(key=str)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.reverse()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.copy()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.clear()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__getitem__(slice(1, None, 2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__getitem__(-1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__getitem__(5)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__setitem__(slice(0, 2), [7])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__setitem__(slice(None, None, 2), [0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__delitem__(slice(None, None, -2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__mul__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__add__([0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__iadd__((5,))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__contains__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__eq__([1])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [[1], [2, 3]]
    r = L.__lt__([2])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.append(9)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.extend('ab')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.insert(1, 'x')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.insert(-100, 0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.pop()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.pop(0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.pop(-2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.remove(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.index(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.index(2, 1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.count(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.sort()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.sort(reverse=True)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.sort(key=str)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.reverse()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.copy()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.clear()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__getitem__(slice(1, None, 2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__getitem__(-1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__getitem__(5)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__setitem__(slice(0, 2), [7])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__setitem__(slice(None, None, 2), [0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__delitem__(slice(None, None, -2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__mul__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__add__([0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__iadd__((5,))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__contains__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__eq__([1])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = list(range(10))
    r = L.__lt__([2])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.append(9)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.extend('ab')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.insert(1, 'x')
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.insert(-100, 0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.pop()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.pop(0)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.pop(-2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.remove(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.index(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.index(2, 1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.count(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.sort()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.sort(reverse=True)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.sort(key=str)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.reverse()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.copy()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.clear()
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__getitem__(slice(1, None, 2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__getitem__(-1)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__getitem__(5)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__setitem__(slice(0, 2), [7])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__setitem__(slice(None, None, 2), [0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__delitem__(slice(None, None, -2))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__mul__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__add__([0])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__iadd__((5,))
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__contains__(2)
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__eq__([1])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    L = [2, 2, 1, 2]
    r = L.__lt__([2])
    out.append(repr(r) + ' -> ' + repr(L))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append('-- dicts')
try:
    D = {}
    r = D.get('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.get('z', 5)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.setdefault('a', 9)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.setdefault('n', [])
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.pop('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.pop('z', None)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.pop('z')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.popitem()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.update({'a': 7, 'q': 8})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.update(k=1)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.keys()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.values()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.items()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.copy()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.clear()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.__getitem__('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.__delitem__('b')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.__or__({'a': 0})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.__ior__([('w', 1)])
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.__contains__(3)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.__eq__({'a': 1})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.__len__()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {}
    r = D.__reversed__().__next__()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.get('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.get('z', 5)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.setdefault('a', 9)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.setdefault('n', [])
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.pop('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.pop('z', None)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.pop('z')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.popitem()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.update({'a': 7, 'q': 8})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.update(k=1)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.keys()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.values()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.items()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.copy()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.clear()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.__getitem__('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.__delitem__('b')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.__or__({'a': 0})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.__ior__([('w', 1)])
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.__contains__(3)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.__eq__({'a': 1})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.__len__()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'a': 1}
    r = D.__reversed__().__next__()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.get('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.get('z', 5)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.setdefault('a', 9)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.setdefault('n', [])
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.pop('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.pop('z', None)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.pop('z')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.popitem()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.update({'a': 7, 'q': 8})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.update(k=1)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.keys()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.values()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.items()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.copy()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.clear()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.__getitem__('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.__delitem__('b')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.__or__({'a': 0})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.__ior__([('w', 1)])
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.__contains__(3)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.__eq__({'a': 1})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.__len__()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = {'b': 2, 'a': 1, 3: [4]}
    r = D.__reversed__().__next__()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.get('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.get('z', 5)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.setdefault('a', 9)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.setdefault('n', [])
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.pop('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.pop('z', None)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.pop('z')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.popitem()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.update({'a': 7, 'q': 8})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.update(k=1)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.keys()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.values()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.items()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.copy()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.clear()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.__getitem__('a')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.__delitem__('b')
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.__or__({'a': 0})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.__ior__([('w', 1)])
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.__contains__(3)
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.__eq__({'a': 1})
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.__len__()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    D = dict.fromkeys('xyz', 0)
    r = D.__reversed__().__next__()
    out.append(repr(r) + ' -> ' + repr(D))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append('-- sets')
try:
    S = set()
    r = S.add(2)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.discard(2)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.remove(9)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.pop()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.union({9}, [8])
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.intersection({1, 2, 5})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.difference([1])
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.symmetric_difference({1, 7})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.issubset(range(50))
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.issuperset({1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.isdisjoint({100})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.update({11})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.intersection_update({1, 2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.difference_update({3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.symmetric_difference_update({3, 4})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.copy()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.clear()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.__or__({1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.__and__({1, 2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.__sub__({2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.__xor__({3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.__le__({1, 2, 3, 4})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.__lt__({1, 2, 3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.__eq__({3, 2, 1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set()
    r = S.__contains__(10**20)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.add(2)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.discard(2)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.remove(9)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.pop()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.union({9}, [8])
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.intersection({1, 2, 5})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.difference([1])
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.symmetric_difference({1, 7})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.issubset(range(50))
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.issuperset({1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.isdisjoint({100})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.update({11})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.intersection_update({1, 2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.difference_update({3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.symmetric_difference_update({3, 4})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.copy()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.clear()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.__or__({1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.__and__({1, 2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.__sub__({2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.__xor__({3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.__le__({1, 2, 3, 4})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.__lt__({1, 2, 3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.__eq__({3, 2, 1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {1, 2, 3}
    r = S.__contains__(10**20)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.add(2)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.discard(2)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.remove(9)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.pop()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.union({9}, [8])
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.intersection({1, 2, 5})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.difference([1])
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.symmetric_difference({1, 7})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.issubset(range(50))
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.issuperset({1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.isdisjoint({100})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.update({11})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.intersection_update({1, 2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.difference_update({3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.symmetric_difference_update({3, 4})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.copy()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.clear()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.__or__({1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.__and__({1, 2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.__sub__({2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.__xor__({3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.__le__({1, 2, 3, 4})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.__lt__({1, 2, 3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.__eq__({3, 2, 1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = {0, -1, 10**20}
    r = S.__contains__(10**20)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.add(2)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.discard(2)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.remove(9)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.pop()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.union({9}, [8])
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.intersection({1, 2, 5})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.difference([1])
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.symmetric_difference({1, 7})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.issubset(range(50))
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.issuperset({1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.isdisjoint({100})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.update({11})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.intersection_update({1, 2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.difference_update({3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.symmetric_difference_update({3, 4})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.copy()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.clear()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.__or__({1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.__and__({1, 2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.__sub__({2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.__xor__({3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.__le__({1, 2, 3, 4})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.__lt__({1, 2, 3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.__eq__({3, 2, 1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = frozenset({4, 5})
    r = S.__contains__(10**20)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.add(2)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.discard(2)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.remove(9)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.pop()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.union({9}, [8])
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.intersection({1, 2, 5})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.difference([1])
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.symmetric_difference({1, 7})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.issubset(range(50))
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.issuperset({1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.isdisjoint({100})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.update({11})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.intersection_update({1, 2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.difference_update({3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.symmetric_difference_update({3, 4})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.copy()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.clear()
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.__or__({1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.__and__({1, 2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.__sub__({2})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.__xor__({3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.__le__({1, 2, 3, 4})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.__lt__({1, 2, 3})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.__eq__({3, 2, 1})
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    S = set(range(20, 0, -3))
    r = S.__contains__(10**20)
    out.append(repr(r) + ' -> ' + repr(S))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
for i in range(0, len(out), 4):
    print(' | '.join(out[i:i+4]))
s = set(range(40, 0, -3))
print(s.difference([1], {4, 7}, (10,)), s.difference({1: 0}), s.difference(), s - {1, 4}, s.difference(range(5)))
