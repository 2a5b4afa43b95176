package forkcast.models.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import forkcast.models.calls.BuiltInBridgeSetting;

class MediaSourceSelectorTest
{
    @Test
    @DisplayName("R14 (Table 1, phone rows), R7: phone preference gives the phone")
    void r14_phonePreferenceAlwaysSelectsThePhone()
    {
        assertEquals(MediaSource.PHONE, MediaSourceSelector.select(MediaSourcePreference.PHONE, true));
    }

    @Test
    @DisplayName("R15, R22: with the built-in bridge off no source is left")
    void r15_noSourceWhenTheBridgeIsOff()
    {
        assertNull(MediaSourceSelector.select(MediaSourcePreference.PHONE, false));
    }

    @ParameterizedTest(name = "R22: phone {0}, cluster default {1} -> bridge {2}")
    @CsvSource({"ON, false, true", "ON, true, true", "OFF, true, false", "OFF, false, false", "DEFAULT, true, true",
            "DEFAULT, false, false"})
    void r22_phoneSettingOverridesTheClusterDefaultUnlessDefault(final BuiltInBridgeSetting phone,
            final boolean cluster, final boolean expected)
    {
        assertEquals(expected, phone.effective(cluster));
    }
}
