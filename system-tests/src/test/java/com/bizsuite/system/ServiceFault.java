package com.bizsuite.system;

import com.bizsuite.testing.ApiResponse;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One split-mode service stopped or killed while clients are at work, left down for a while and
 * started again, and what the clients' requests met: those answered before the fault, those under
 * way from the fault until the gateway answered for the service again, and those sent after.
 *
 * @param faultMillis how long the fault itself took (a graceful stop waits for requests in flight)
 * @param restart     from starting the process again until it was ready
 * @param backMillis  from then until a request through the gateway was answered 200
 */
record ServiceFault(String service, Load.Report all, Load.Report before, Load.Report during, Load.Report after, long faultMillis,
                    Duration restart, long backMillis) {

    /**
     * Plays {@code fault} (such as {@link JarProcess#stop}) on {@code service} under {@code load}, which
     * it stops once the service has answered {@code probe} with 200 again for a little while.
     */
    static ServiceFault play(SplitDeployment split, Load.Running load, String service, Consumer<JarProcess> fault, Duration down,
                             Supplier<ApiResponse> probe) {
        long faulted = System.nanoTime();
        fault.accept(split.process(service));
        long faultMillis = Duration.ofNanos(System.nanoTime() - faulted).toMillis();
        JarProcess.pause(down);
        Duration restart = split.restart(service);
        long back = Load.untilStatus(200, 30_000, probe);
        long recovered = System.nanoTime();
        JarProcess.pause(Duration.ofMillis(1500));
        Load.Report all = load.stop();
        return new ServiceFault(service, all, all.answeredBefore(faulted), all.underWay(faulted, recovered), all.sentFrom(recovered),
                faultMillis, restart, back);
    }

    /** Adds the figures of each phase to {@code target/<figures>}; {@code fault} names it, e.g. "stopped by SIGTERM". */
    void record(String figures, String fault) {
        Load.record(figures, "before", before);
        Load.record(figures, service + " " + fault + " in " + faultMillis + " ms, down, started again (ready in " + restart.toMillis()
                + " ms, answering through the gateway " + backMillis + " ms later)", during);
        Load.record(figures, "after", after);
    }
}
