"""NBody: the classic planetary simulation (Sun and the four gas giants)."""
import math

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x, self.y, self.z = x, y, z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS

    def offset_momentum(self, px, py, pz):
        self.vx = 0.0 - (px / SOLAR_MASS)
        self.vy = 0.0 - (py / SOLAR_MASS)
        self.vz = 0.0 - (pz / SOLAR_MASS)


def make_bodies():
    return [
        Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        Body(4.84143144246472090, -1.16032004402742839, -0.103622044471123109,
             0.00166007664274403694, 0.00769901118419740425, -0.0000690460016972063023,
             0.000954791938424326609),
        Body(8.34336671824457987, 4.12479856412430479, -0.403523417114321381,
             -0.00276742510726862411, 0.00499852801234917238, 0.0000230417297573763929,
             0.000285885980666130812),
        Body(12.8943695621391310, -15.1111514016986312, -0.223307578892655734,
             0.00296460137564761618, 0.00237847173959480950, -0.0000296589568540237556,
             0.0000436624404335156298),
        Body(15.3796971148509165, -25.9193146099879641, 0.179258772950371181,
             0.00268067772490389322, 0.00162824170038242295, -0.0000951592254519715870,
             0.0000515138902046611451),
    ]


class NBodySystem:
    def __init__(self):
        self.bodies = make_bodies()
        px = py = pz = 0.0
        for b in self.bodies:
            px += b.vx * b.mass
            py += b.vy * b.mass
            pz += b.vz * b.mass
        self.bodies[0].offset_momentum(px, py, pz)

    def advance(self, dt):
        bodies = self.bodies
        n = len(bodies)
        for i in range(n):
            ib = bodies[i]
            for j in range(i + 1, n):
                jb = bodies[j]
                dx = ib.x - jb.x
                dy = ib.y - jb.y
                dz = ib.z - jb.z
                d_squared = dx * dx + dy * dy + dz * dz
                distance = math.sqrt(d_squared)
                mag = dt / (d_squared * distance)
                ib.vx = ib.vx - (dx * jb.mass * mag)
                ib.vy = ib.vy - (dy * jb.mass * mag)
                ib.vz = ib.vz - (dz * jb.mass * mag)
                jb.vx = jb.vx + (dx * ib.mass * mag)
                jb.vy = jb.vy + (dy * ib.mass * mag)
                jb.vz = jb.vz + (dz * ib.mass * mag)
        for b in bodies:
            b.x = b.x + (dt * b.vx)
            b.y = b.y + (dt * b.vy)
            b.z = b.z + (dt * b.vz)

    def energy(self):
        e = 0.0
        bodies = self.bodies
        n = len(bodies)
        for i in range(n):
            ib = bodies[i]
            e += 0.5 * ib.mass * (ib.vx * ib.vx + ib.vy * ib.vy + ib.vz * ib.vz)
            for j in range(i + 1, n):
                jb = bodies[j]
                dx = ib.x - jb.x
                dy = ib.y - jb.y
                dz = ib.z - jb.z
                distance = math.sqrt(dx * dx + dy * dy + dz * dz)
                e -= (ib.mass * jb.mass) / distance
        return e


class NBody:
    def inner_benchmark_loop(self, inner):
        system = NBodySystem()
        for _ in range(inner):
            system.advance(0.01)
        return self.verify(system.energy(), inner)

    def verify(self, result, inner):
        if inner == 250000:
            return result == -0.1690859889909308
        if inner == 1:
            return result == -0.16907495402506745
        print("No verification result for", inner, "found; result:", result)
        return True
