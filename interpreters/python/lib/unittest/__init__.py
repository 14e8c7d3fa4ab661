"""unittest, written for this VM: TestCase with the common assertions,
setUp/tearDown (and the class-level ones), skips, expected failures,
subTest, a loader that finds TestCase classes in __main__, and a text
runner whose report (dots, failure blocks, 'Ran N tests', OK/FAILED line,
exit status) is laid out as CPython's."""
import sys
import time
import traceback


class SkipTest(Exception):
    pass


class _ShouldStop(Exception):
    pass


def skip(reason):
    def decorator(obj):
        obj.__unittest_skip__ = True
        obj.__unittest_skip_why__ = reason
        return obj
    if isinstance(reason, type(skip)):
        fn = reason
        reason = ""
        return decorator(fn)
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda obj: obj)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda obj: obj)


def expectedFailure(fn):
    fn.__unittest_expecting_failure__ = True
    return fn


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


class _RaisesContext:
    def __init__(self, test, expected, regex=None, msg=None):
        self.test = test
        self.expected = expected
        self.regex = regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        names = self.expected.__name__ if isinstance(self.expected, type) else \
            ", ".join(e.__name__ for e in self.expected)
        if exc_type is None:
            self.test.fail(self.msg or "%s not raised" % names)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc
        if self.regex is not None:
            import re
            if not re.search(self.regex, str(exc)):
                self.test.fail('"%s" does not match "%s"' % (self.regex, str(exc)))
        return True


class _SubTest:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, SkipTest):
            return False
        self.case._subtest_failures.append((self, exc_type, exc))
        return True

    def describe(self):
        parts = []
        if self.msg is not None:
            parts.append("[%s]" % self.msg)
        if self.params:
            parts.append("(%s)" % ", ".join("%s=%r" % kv for kv in self.params.items()))
        return " ".join(parts) or "(<subtest>)"


class TestCase:
    failureException = AssertionError
    maxDiff = 80 * 8
    longMessage = True

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._subtest_failures = []
        self._cleanups = []

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def id(self):
        return "%s.%s.%s" % (type(self).__module__, type(self).__qualname__, self._testMethodName)

    def __str__(self):
        return "%s (%s.%s.%s)" % (self._testMethodName, type(self).__module__,
                                  type(self).__qualname__, self._testMethodName)

    def __repr__(self):
        return "<%s.%s testMethod=%s>" % (type(self).__module__, type(self).__qualname__,
                                          self._testMethodName)

    def shortDescription(self):
        doc = getattr(getattr(self, self._testMethodName), "__doc__", None)
        return doc.strip().split("\n")[0].strip() if doc else None

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTest(self, msg, params)

    # -- assertions ------------------------------------------------------------
    def _formatMessage(self, msg, standard):
        if msg is None:
            return standard
        if not self.longMessage:
            return msg
        return "%s : %s" % (standard, msg)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % _safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, "%s != %s" % (_safe_repr(first), _safe_repr(second))))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, "%s == %s" % (_safe_repr(first), _safe_repr(second))))

    assertListEqual = assertTupleEqual = assertDictEqual = assertSetEqual = assertEqual
    assertSequenceEqual = assertMultiLineEqual = assertEqual

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not first == second and diff > delta:
                return
        elif not first == second and round(diff, 7 if places is None else places) != 0:
            return
        self.fail(self._formatMessage(msg, "%s == %s" % (_safe_repr(first), _safe_repr(second))))

    def assertIs(self, a, b, msg=None):
        if a is not b:
            self.fail(self._formatMessage(msg, "%s is not %s" % (_safe_repr(a), _safe_repr(b))))

    def assertIsNot(self, a, b, msg=None):
        if a is b:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s" % _safe_repr(a)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % _safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s" % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, "%s unexpectedly found in %s" % (
                _safe_repr(member), _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r" % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r" % (_safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, "%s not greater than %s" % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, "%s not greater than or equal to %s" % (_safe_repr(a), _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, "%s not less than %s" % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, "%s not less than or equal to %s" % (_safe_repr(a), _safe_repr(b))))

    def assertCountEqual(self, first, second, msg=None):
        from collections import Counter
        if Counter(first) != Counter(second):
            self.fail(self._formatMessage(msg, "Element counts were not equal"))

    def assertRegex(self, text, regex, msg=None):
        import re
        if not re.search(regex, text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (regex, text)))

    def assertNotRegex(self, text, regex, msg=None):
        import re
        m = re.search(regex, text)
        if m:
            self.fail(self._formatMessage(msg, "Regex matched: %r matches %r in %r" % (
                text[m.start():m.end()], regex, text)))

    def assertRaises(self, expected, *args, **kwargs):
        ctx = _RaisesContext(self, expected, msg=kwargs.pop("msg", None))
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kwargs)
        return ctx

    def assertRaisesRegex(self, expected, regex, *args, **kwargs):
        ctx = _RaisesContext(self, expected, regex, kwargs.pop("msg", None))
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kwargs)
        return ctx

    # -- running ---------------------------------------------------------------
    def run(self, result):
        method = getattr(self, self._testMethodName)
        result.startTest(self)
        if getattr(type(self), "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            why = getattr(method, "__unittest_skip_why__", None) or getattr(type(self), "__unittest_skip_why__", "")
            result.addSkip(self, why)
            return
        expecting_failure = getattr(method, "__unittest_expecting_failure__", False)
        self._subtest_failures = []
        try:
            self.setUp()
        except SkipTest as e:
            result.addSkip(self, str(e))
            return
        except Exception:
            result.addError(self, sys.exc_info())
            self.doCleanups()
            return
        outcome = None
        try:
            method()
        except SkipTest as e:
            outcome = ("skip", str(e))
        except self.failureException:
            outcome = ("fail", sys.exc_info())
        except KeyboardInterrupt:
            raise
        except Exception:
            outcome = ("error", sys.exc_info())
        try:
            self.tearDown()
        except Exception:
            if outcome is None:
                outcome = ("error", sys.exc_info())
        self.doCleanups()
        for sub, exc_type, exc in self._subtest_failures:
            kind = "fail" if issubclass(exc_type, self.failureException) else "error"
            result.addSubTestFailure(self, sub, kind, (exc_type, exc, exc.__traceback__))
        if expecting_failure:
            if outcome is not None and outcome[0] in ("fail", "error") or self._subtest_failures:
                result.addExpectedFailure(self, outcome[1] if outcome else None)
            else:
                result.addUnexpectedSuccess(self)
            return
        if outcome is None:
            if not self._subtest_failures:
                result.addSuccess(self)
        elif outcome[0] == "skip":
            result.addSkip(self, outcome[1])
        elif outcome[0] == "fail":
            result.addFailure(self, outcome[1])
        else:
            result.addError(self, outcome[1])

    def __call__(self, result):
        return self.run(result)


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self, "runTest")
        self._func = testFunc

    def runTest(self):
        self._func()


class TestSuite:
    def __init__(self, tests=()):
        self._tests = list(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() if isinstance(t, TestSuite) else 1 for t in self._tests)

    def run(self, result):
        current_class = None
        for test in self._flat():
            cls = type(test)
            if cls is not current_class:
                if current_class is not None:
                    current_class.tearDownClass()
                current_class = cls
                cls.setUpClass()
            test.run(result)
        if current_class is not None:
            current_class.tearDownClass()
        return result

    def _flat(self):
        for t in self._tests:
            if isinstance(t, TestSuite):
                yield from t._flat()
            else:
                yield t

    def __call__(self, result):
        return self.run(result)


class TestLoader:
    testMethodPrefix = "test"

    def getTestCaseNames(self, cls):
        return sorted(n for n in dir(cls) if n.startswith(self.testMethodPrefix)
                      and callable(getattr(cls, n)))

    def loadTestsFromTestCase(self, cls):
        names = self.getTestCaseNames(cls)
        if not names and hasattr(cls, "runTest"):
            names = ["runTest"]
        return TestSuite([cls(n) for n in names])

    def loadTestsFromName(self, name, module=None):
        obj = module
        parent = None
        for part in name.split("."):
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                return TestSuite([_FailedTest(name, AttributeError(
                    "module '%s' has no attribute '%s'" % (module.__name__, part)
                    if parent is None else str(e)))])
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return TestSuite([parent(obj.__name__)])
        if isinstance(obj, TestSuite):
            return obj
        if hasattr(obj, "__dict__") and not callable(obj):
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return TestSuite([self.loadTestsFromName(n, module) for n in names])

    def loadTestsFromModule(self, module):
        suite = TestSuite()
        for name in sorted(dir(module)):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase \
                    and obj is not FunctionTestCase:
                suite.addTest(self.loadTestsFromTestCase(obj))
        return suite


defaultTestLoader = TestLoader()


def _strip_own_frames(text):
    """Drop this module's frames from a traceback, as CPython's unittest
    hides its own (and the header when no frame is left)."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File "') and line.split('"')[1] == __file__:
            i += 1
            if i < len(lines) and lines[i].startswith("    "):
                i += 1
            continue
        out.append(line)
        i += 1
    result = []
    for j, line in enumerate(out):
        if line == "Traceback (most recent call last):" and \
                (j + 1 >= len(out) or not out[j + 1].startswith("  File")):
            continue
        result.append(line)
    return "\n".join(result).rstrip("\n")


class _FailedTest(TestCase):
    """Stands for a test name that could not be loaded."""
    __module__ = "unittest.loader"

    def __init__(self, name, exception):
        TestCase.__init__(self, "_fail")
        self._testMethodName = name
        self._exception = exception

    def run(self, result):
        result.startTest(self)
        try:
            raise self._exception
        except Exception:
            result.addError(self, sys.exc_info())


class TestResult:
    def __init__(self, stream=None, descriptions=True, verbosity=1):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False
        self.stream = stream
        self.verbosity = verbosity

    def startTest(self, test):
        self.testsRun += 1
        if self.verbosity > 1:
            self.stream.write(str(test) + " ... ")

    def _report(self, short, long):
        if self.verbosity > 1:
            self.stream.write(long + "\n")
        elif self.verbosity == 1:
            self.stream.write(short)
        if self.stream is not None:
            self.stream.flush()

    def _exc_text(self, err):
        exc_type, exc, tb = err
        return _strip_own_frames("".join(traceback.format_exception(exc_type, exc, tb)))

    def addSuccess(self, test):
        self._report(".", "ok")

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_text(err)))
        self._report("F", "FAIL")

    def addError(self, test, err):
        self.errors.append((test, self._exc_text(err)))
        self._report("E", "ERROR")

    def addSubTestFailure(self, test, sub, kind, err):
        label = "%s %s" % (test, sub.describe())
        (self.failures if kind == "fail" else self.errors).append((label, self._exc_text(err)))
        self._report("F" if kind == "fail" else "E", "FAIL" if kind == "fail" else "ERROR")

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))
        self._report("s", "skipped %r" % reason)

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, ""))
        self._report("x", "expected failure")

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        self._report("u", "unexpected success")

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses


TextTestResult = TestResult


class TextTestRunner:
    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.verbosity = verbosity

    def run(self, test):
        result = TestResult(self.stream, True, self.verbosity)
        start = time.perf_counter()
        test(result)
        elapsed = time.perf_counter() - start
        out = self.stream
        if self.verbosity > 0:
            out.write("\n")
        for kind, items in (("ERROR", result.errors), ("FAIL", result.failures)):
            for test_, text in items:
                out.write("=" * 70 + "\n")
                out.write("%s: %s\n" % (kind, test_))
                out.write("-" * 70 + "\n")
                out.write(text + "\n\n")
        out.write("-" * 70 + "\n")
        run = result.testsRun
        out.write("Ran %d test%s in %.3fs\n\n" % (run, "" if run == 1 else "s", elapsed))
        details = []
        if result.failures:
            details.append("failures=%d" % len(result.failures))
        if result.errors:
            details.append("errors=%d" % len(result.errors))
        if result.skipped:
            details.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            details.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            details.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if result.wasSuccessful():
            out.write("OK" + (" (%s)" % ", ".join(details) if details else "") + "\n")
        else:
            out.write("FAILED (%s)\n" % ", ".join(details))
        out.flush()
        return result


class TestProgram:
    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=None, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None):
        if isinstance(module, str):
            module = sys.modules[module]
        argv = list(sys.argv if argv is None else argv)
        names = []
        for a in argv[1:]:
            if a == "-v":
                verbosity = 2
            elif a == "-q":
                verbosity = 0
            elif not a.startswith("-"):
                names.append(a)
        loader = testLoader or defaultTestLoader
        if names:
            suite = loader.loadTestsFromNames(names, module)
        elif defaultTest is not None:
            suite = loader.loadTestsFromNames([defaultTest] if isinstance(defaultTest, str) else defaultTest, module)
        else:
            suite = loader.loadTestsFromModule(module)
        runner = testRunner if testRunner is not None else TextTestRunner(verbosity=verbosity)
        if isinstance(runner, type):
            runner = runner(verbosity=verbosity)
        self.result = runner.run(suite)
        if exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
