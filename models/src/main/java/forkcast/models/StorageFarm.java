package forkcast.models;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.recording.TrunkConfig;

/**
 * A farm: the recorders a route list with {@code sharedStorage} reaches (through its trunks, directly or through a
 * CUBE's copies), which store into one logical store (R20). Its storage is the sum of its recorders'; a recorder
 * reached by two farms counts in both.
 *
 * @param id the route list's id
 * @param recorders the recorders it reaches, in the order of its trunks
 */
public record StorageFarm(String id, List<String> recorders)
{
    public StorageFarm
    {
        recorders = List.copyOf(recorders);
    }

    /** @return the deployment's farms, in the order of its route lists */
    public static List<StorageFarm> of(final Deployment deployment)
    {
        Map<String, TrunkConfig> trunks = deployment.trunks().stream()
                .collect(Collectors.toMap(TrunkConfig::id, Function.identity()));
        Map<String, CubeConfig> cubes = deployment.cubes().stream()
                .collect(Collectors.toMap(CubeConfig::id, Function.identity()));
        List<StorageFarm> farms = new ArrayList<>();
        for (RouteListConfig list : deployment.routeLists())
        {
            if (!list.sharedStorage())
            {
                continue;
            }
            Set<String> recorders = new LinkedHashSet<>();
            for (String t : list.trunks())
            {
                TrunkConfig trunk = trunks.get(t);
                if (trunk.recorder() != null)
                {
                    recorders.add(trunk.recorder());
                }
                else
                {
                    recorders.addAll(cubes.get(trunk.cube()).forkTo());
                }
            }
            farms.add(new StorageFarm(list.id(), new ArrayList<>(recorders)));
        }
        return farms;
    }
}
