# Warnings: default once-per-location reports, categories, filters, recording.
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


def risky(v):
    if v < 0:
        warnings.warn(f"negative value {v} clipped")
        return 0
    return v


print([risky(v) for v in [3, -1, 2, -5]])
for _ in range(3):
    risky(-2)
print(old_api(4))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky(-7)
    old_api(1)
    warnings.warn("plain", RuntimeWarning)
print(len(caught), [(w.category.__name__, str(w.message)) for w in caught], caught[0].lineno)
warnings.simplefilter("error", UserWarning)
try:
    risky(-9)
except UserWarning as e:
    print("raised:", e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
risky(-10)
warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="negative value -1")
risky(-1)
print("done")
risky(-3)
