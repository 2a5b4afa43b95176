package forkcast.models.calls;

/** The phones' signalling protocol; SCCP phones lock to one codec in a recorded conference (R34). */
public enum PhoneProtocol
{
    SIP, SCCP
}
