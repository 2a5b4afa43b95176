package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.cucm.ClusterConfig;
import forkcast.models.cucm.NodeConfig;
import forkcast.models.cucm.NodeRole;
import forkcast.models.recording.DownWindow;

/** Where CTI-controlled devices and lines are counted (F4), and how a CTI Manager's failure moves them. */
class CtiResourcesTest
{
    private static Deployment cluster(final List<Deployment.NodeOutage> outages)
    {
        ClusterConfig cluster = ClusterConfig.builder(TestDeployments.CTI, TestDeployments.G711)
                .nodes(List.of(new NodeConfig("cp", NodeRole.CALL_PROCESSING, 50_000, 0, 0, 0, 0, null),
                        new NodeConfig("cti-a", NodeRole.CTI_MANAGER, 1, 100, 100, 2, 1, null),
                        new NodeConfig("cti-b", NodeRole.CTI_MANAGER, 1, 100, 100, 0, 0, null)))
                .build();
        AgentGroupConfig watched = AgentGroupConfig.builder("watched", "dc", 10)
                .line(LineConfig.builder().ctiMonitored(true).build()).node("cp").build();
        AgentGroupConfig plain = AgentGroupConfig.builder("plain", "dc", 40).node("cp").build();
        return Deployment.builder("cti", cluster).sites(List.of("dc")).groups(List.of(watched, plain))
                .nodeOutages(outages).build();
    }

    @Test
    @DisplayName("F4: monitored phones and a CTI Manager's ports and route points count on the first CTI Manager")
    void f4DevicesCountOnTheirCtiManager()
    {
        CtiResources cti = CtiResources.of(cluster(List.of()), 3600);
        assertEquals(13, cti.devices(1), "10 monitored phones, 2 ports, 1 route point");
        assertEquals(13, cti.lines(1));
        assertEquals(0, cti.devices(2));
        assertEquals(13, cti.clusterDevices(), "the 40 phones no CTI application watches do not count");
    }

    @Test
    @DisplayName("F4: while a CTI Manager is down its devices move to the next CTI Manager; the peak shows both")
    void f4FailedCtiManagerMovesItsDevicesToTheNext()
    {
        CtiResources cti = CtiResources.of(cluster(List.of(new Deployment.NodeOutage("cti-a", new DownWindow(600, 300)))),
                3600);
        assertEquals(13, cti.devices(1), "before and after the window");
        assertEquals(13, cti.devices(2), "during the window");
        assertEquals(13, cti.clusterDevices(), "a failure moves devices, never adds any");
        CtiResources late = CtiResources.of(cluster(List.of(new Deployment.NodeOutage("cti-a", new DownWindow(4000, 300)))),
                3600);
        assertEquals(0, late.devices(2), "a window after the run changes nothing");
    }

    @Test
    void aGroupMustRegisterToACallProcessingNode()
    {
        Deployment d = cluster(List.of());
        AgentGroupConfig onCti = AgentGroupConfig.builder("x", "dc", 1).node("cti-a").build();
        assertThrows(IllegalArgumentException.class, () -> d.toBuilder().groups(List.of(onCti)).build());
    }
}
