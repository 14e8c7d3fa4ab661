// N-body, hand-written C# twin of bench/native/nbody.py.
using System;
using System.Collections.Generic;
class Body {
    public double x, y, z, vx, vy, vz, mass;
    public Body(double x, double y, double z, double vx, double vy, double vz, double m) {
        this.x = x; this.y = y; this.z = z; this.vx = vx; this.vy = vy; this.vz = vz; mass = m;
    }
}
static class Prog {
    const double PI = 3.141592653589793, SOLAR_MASS = 4.0 * PI * PI, DAYS = 365.24;
    static List<Body> MakeBodies() {
        return new List<Body> {
            new Body(0, 0, 0, 0, 0, 0, SOLAR_MASS),
            new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                1.66007664274403694e-03 * DAYS, 7.69901118419740425e-03 * DAYS, -6.90460016972063023e-05 * DAYS, 9.54791938424326609e-04 * SOLAR_MASS),
            new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                -2.76742510726862411e-03 * DAYS, 4.99852801234917238e-03 * DAYS, 2.30417297573763929e-05 * DAYS, 2.85885980666130812e-04 * SOLAR_MASS),
            new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                2.96460137564761618e-03 * DAYS, 2.37847173959480950e-03 * DAYS, -2.96589568540237556e-05 * DAYS, 4.36624404335156298e-05 * SOLAR_MASS),
            new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                2.68067772490389322e-03 * DAYS, 1.62824170038242295e-03 * DAYS, -9.51592254519715870e-05 * DAYS, 5.15138902046611451e-05 * SOLAR_MASS),
        };
    }
    static void Offset(List<Body> bodies) {
        double px = 0, py = 0, pz = 0;
        foreach (Body b in bodies) { px += b.vx * b.mass; py += b.vy * b.mass; pz += b.vz * b.mass; }
        Body sun = bodies[0];
        sun.vx = -px / SOLAR_MASS; sun.vy = -py / SOLAR_MASS; sun.vz = -pz / SOLAR_MASS;
    }
    static double Energy(List<Body> bodies) {
        double e = 0; int n = bodies.Count;
        for (int i = 0; i < n; i++) {
            Body b = bodies[i];
            e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
            for (int j = i + 1; j < n; j++) {
                Body c = bodies[j];
                double dx = b.x - c.x, dy = b.y - c.y, dz = b.z - c.z;
                e -= b.mass * c.mass / Math.Sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }
    static void Advance(List<Body> bodies, double dt) {
        int n = bodies.Count;
        for (int i = 0; i < n; i++) {
            Body b = bodies[i];
            for (int j = i + 1; j < n; j++) {
                Body c = bodies[j];
                double dx = b.x - c.x, dy = b.y - c.y, dz = b.z - c.z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.Sqrt(d2));
                double bm = b.mass * mag, cm = c.mass * mag;
                b.vx -= dx * cm; b.vy -= dy * cm; b.vz -= dz * cm;
                c.vx += dx * bm; c.vy += dy * bm; c.vz += dz * bm;
            }
        }
        foreach (Body b in bodies) { b.x += dt * b.vx; b.y += dt * b.vy; b.z += dt * b.vz; }
    }
    static int Main(string[] args) {
        long steps = args.Length > 0 ? long.Parse(args[0]) : 1000;
        List<Body> bodies = MakeBodies();
        Offset(bodies);
        Console.WriteLine((long)(Energy(bodies) * 1e9));
        for (long i = 0; i < steps; i++) Advance(bodies, 0.01);
        Console.WriteLine((long)(Energy(bodies) * 1e9));
        return 0;
    }
}
