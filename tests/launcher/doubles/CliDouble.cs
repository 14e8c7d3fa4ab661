// TEST DOUBLE of the .NET embedding API (docs/embedding.md, "CLI"): class
// Tandem.Embed with the documented static methods.  Not a VM: each call
// prints what it received, so CliBackend can be checked against a real
// assembly before the cli backend builds one.  Same behaviour as
// native_double.c.
using System;
using System.Collections.Generic;

namespace Tandem {
    public static class Embed {
        static long requestedExit = 0;

        public static long create_vm(List<string> argv) {
            Console.Out.WriteLine("create_vm [" + string.Join("] [", argv) + "]");
            Console.Out.Flush();
            return 5;
        }
        public static long configure(long vm, string key, string value) {
            Console.Out.WriteLine("configure " + vm + " " + key + "=" + value);
            Console.Out.Flush();
            return key == "classpath" ? 0 : 1;
        }
        public static long run_file(long vm, string path) {
            Console.Out.WriteLine("run_file " + vm + " " + path);
            Console.Out.Flush();
            return 0;
        }
        public static long run_main(long vm, string name) {
            Console.Out.WriteLine("run_main " + vm + " " + name);
            Console.Out.Flush();
            return 0;
        }
        public static long eval(long vm, string source, string filename, string mode) {
            if (source.StartsWith("exit ")) {
                requestedExit = long.Parse(source.Substring(5).Trim());
                return 2;
            }
            if (source.StartsWith("fail")) {
                Console.Error.WriteLine("Error: fail");
                return 1;
            }
            Console.Out.WriteLine("eval " + vm + " " + mode + " " + filename + " [" + source.TrimEnd('\n') + "]");
            Console.Out.Flush();
            return 0;
        }
        public static long is_complete(long vm, string source) {
            return source.TrimEnd('\n', ' ').EndsWith(":") ? 0 : 1;
        }
        public static List<string> complete(long vm, string prefix) {
            var result = new List<string>();
            int i = prefix.Length;
            while (i > 0 && (char.IsLower(prefix[i - 1]) || prefix[i - 1] == '_')) i--;
            string w = prefix.Substring(i);
            foreach (var word in new[] {"alpha", "alps", "beta"})
                if (w.Length > 0 && word.StartsWith(w)) result.Add(word);
            return result;
        }
        public static long exit_code(long vm) { return requestedExit; }
        public static void interrupt(long vm) { }
    }
}
