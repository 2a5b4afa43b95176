package forkcast.benchmarks;

import java.util.List;

/** The scenarios of the speed goals (docs/performance.md), with the overrides a benchmark operation runs them at. */
public enum BenchmarkCase
{
    /**
     * The M/M/c/c recorder (c = 100 sessions, A = 90 Erlang) in the full model; 400 h per operation (about 2 million
     * events) rather than the goal's 4,000 h so that an iteration holds several operations; the rate does not depend on
     * the length (docs/performance.md).
     */
    MMCC_RECORDER("benchmarks/scenarios/mmcc-recorder.yaml", List.of("run.duration=400h")),
    /** 10,000 agents, 120,000 calls in the busy hour, a 5-recorder circular farm, 30 min warm-up + 1 h. */
    LARGE_FARM("benchmarks/scenarios/large-farm.yaml", List.of());

    private final String file;
    private final List<String> overrides;

    BenchmarkCase(final String file, final List<String> overrides)
    {
        this.file = file;
        this.overrides = overrides;
    }

    /** @return the scenario file, relative to the repository root */
    public String file()
    {
        return this.file;
    }

    /** @return {@code --set}-style overrides applied when loading */
    public List<String> overrides()
    {
        return this.overrides;
    }
}
