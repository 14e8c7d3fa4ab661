# A unittest suite run three ways (all tests, selected names, the script's own argv).
import unittest


def slugify(text):
    return "-".join(w.lower() for w in text.split() if w.isalnum())


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()


class TestSlugify(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_symbols_dropped(self):
        self.assertEqual(slugify("a & b"), "a-b")

    def test_empty(self):
        self.assertEqual(slugify(""), "")
        self.assertFalse(slugify("   "))


class TestStack(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()
        print("setUp", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_push_pop(self):
        self.stack.push(1)
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.assertIn(1, self.stack._items)

    def test_empty_pop(self):
        with self.assertRaises(IndexError) as ctx:
            self.stack.pop()
        self.assertEqual(str(ctx.exception), "pop from empty stack")
        self.assertRaisesRegex(IndexError, "empty", self.stack.pop)

    def test_numbers(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertIsInstance(self.stack, Stack)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])

    @unittest.skip("not ready")
    def test_skipped(self):
        self.fail("should not run")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 2)


if __name__ == "__main__":
    import sys
    result = unittest.main(argv=["prog"], exit=False, verbosity=2).result
    print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
          "skipped", len(result.skipped), "expected", len(result.expectedFailures), result.wasSuccessful())
    sys.stderr.flush()
    unittest.main(argv=["prog", "TestSlugify.test_basic", "TestStack"], exit=False)
    unittest.main()
