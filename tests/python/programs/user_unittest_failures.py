# A unittest run with a failure, an error and failing sub-tests (exit status 1).
import unittest
class T(unittest.TestCase):
    def test_fail(self):
        self.assertEqual([1, 2], [1, 2])
        self.assertTrue(0, "zero is falsy")
    def test_error(self):
        {}["k"]
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
unittest.main(argv=["p"])
