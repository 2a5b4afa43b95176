package forkcast.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import forkcast.models.calls.CallTrace;
import forkcast.models.network.LinkConfig;
import forkcast.models.network.LinkLoad;
import forkcast.models.recording.CubeMediaProxy;
import forkcast.models.recording.DownWindow;
import forkcast.models.recording.FailureWindows;
import forkcast.models.recording.Outage;
import forkcast.models.recording.Recorder;
import forkcast.models.recording.SipTrunk;
import forkcast.sim.ModelFactory;
import forkcast.sim.ReplicationModel;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.SimContext;

/**
 * One replication of a deployment: builds its {@link Equipment}, schedules the failure windows, runs the calls, and
 * publishes the metrics of SPEC section 5 against the catalogue ({@code forkcast.models.metrics}), one domain at a
 * time.
 */
public final class RecordingModel implements ReplicationModel
{
    private final Deployment deployment;
    private final SimContext context;
    private final Equipment equipment;

    public RecordingModel(final Deployment deployment, final SimContext context)
    {
        this(deployment, context, null);
    }

    /**
     * @param trace receives every call's lifecycle events; null for none
     */
    public RecordingModel(final Deployment deployment, final SimContext context, final CallTrace trace)
    {
        this.deployment = deployment;
        this.context = context;
        this.equipment = new Equipment(deployment, context, trace);
    }

    /** @return a factory that builds this deployment afresh for each replication */
    public static ModelFactory factory(final Deployment deployment)
    {
        return context -> new RecordingModel(deployment, context);
    }

    @Override
    public void start()
    {
        FailureWindows failures = this.equipment.recording().failures();
        failures.monitor(this.equipment.trunks());
        for (Recorder r : this.equipment.recorders())
        {
            outages(failures, "recorder." + r.config().id(), r.config().down(), o -> failures.recorderDown(r, o));
        }
        for (CubeMediaProxy c : this.equipment.cubes())
        {
            outages(failures, "cube." + c.config().id(), c.config().down(), o -> failures.cubeDown(c, o));
        }
        for (SipTrunk t : this.equipment.trunks())
        {
            outages(failures, "trunk." + t.config().id(), t.config().down(), o -> failures.trunkDown(t, o));
        }
        List<LinkConfig> links = this.deployment.links();
        Map<String, Integer> windowsPerLink = new LinkedHashMap<>();
        for (Deployment.LinkOutage o : this.deployment.linkOutages())
        {
            int index = links.indexOf(links.stream().filter(l -> l.id().equals(o.link())).findFirst().orElseThrow());
            Outage outage = failures.outage("link." + o.link(), windowsPerLink.merge(o.link(), 1, Integer::sum));
            window(o.window(), outage, x -> failures.linkDown(index, x));
        }
        this.equipment.callControl().start();
    }

    /** Schedule each failure window's start and end; they run before the arrivals of the same instant. */
    private void outages(final FailureWindows failures, final String element, final List<DownWindow> windows,
            final Consumer<Outage> toggle)
    {
        for (int k = 0; k < windows.size(); k++)
        {
            window(windows.get(k), failures.outage(element, k + 1), toggle);
        }
    }

    /** The element is down ({@code toggle} gets the outage) from the window's start, up (null) at its end. */
    private void window(final DownWindow w, final Outage outage, final Consumer<Outage> toggle)
    {
        this.context.scheduleAt(w.at(), () -> toggle.accept(outage));
        this.context.scheduleAt(w.at() + w.duration(), () -> toggle.accept(null));
    }

    /** @return calls connected now (for soak probes) */
    public int activeCalls()
    {
        return (int) Math.round(this.equipment.callControl().counters().connectedCalls().value());
    }

    /** @return calls waiting in queues now (for soak probes) */
    public int waitingCalls()
    {
        return this.equipment.waitingCalls();
    }

    /** Publishes every metric against its descriptor; the order here is the order of the output files. */
    @Override
    public void collect(final ReplicationOutput out)
    {
        this.equipment.close(this.context.window().end());
        CallFigures.publish(out, this.equipment);
        RecordingFigures.publish(out, this.equipment);
        ClusterLoad.publish(out, this.equipment, this.deployment, this.context.window());
        LinkLoad[] loads = this.equipment.network().loads();
        for (int i = 0; i < loads.length; i++)
        {
            LinkFigures.publish(out, loads[i]);
            LinkFigures.publishCac(out, loads[i].config(), this.equipment.network().cac(), i);
        }
        ElementFigures.publish(out, this.equipment, this.deployment,
                new StorageFigures(this.deployment, this.equipment, this.context.window()));
        BreakdownFigures.publish(out, this.equipment, this.deployment);
    }
}
