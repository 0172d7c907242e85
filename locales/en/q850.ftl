## SIP and ISDN User Part (ISUP) cause values: RFC 3398, RFC 3326

heading-isup = ISUP cause values
isup-intro = How a gateway between SIP and the ISDN User Part (ISUP) of the telephone network translates { $code }, as RFC 3398 recommends.
isup-from-heading = ISUP → SIP
isup-to-heading = SIP → ISUP
isup-from = { $n ->
    [one] A gateway that receives a release (REL) with this cause value sends { $code }:
   *[other] A gateway that receives a release (REL) with one of these cause values sends { $code }:
}
isup-cause = { $cause } { $name }
isup-when-with = with a diagnostic
isup-when-without = without a diagnostic
isup-name-when = { $name } ({ $when })
isup-from-none = No cause value in the ISUP → SIP table of RFC 3398 §7.2.4.1 becomes { $code }.
isup-from-default = Any cause value the table does not list becomes { $code } too (RFC 3398 §7.2.4.1).
isup-to = A gateway that receives { $code } releases the ISUP call with cause { $cause } ({ $name }), cause location “{ $location }”.
isup-to-default = RFC 3398 §8.2.6.1 has no row for { $code }; codes it does not list should map to cause { $cause } ({ $name }), cause location “{ $location }”.
isup-to-warning = The cause for { $code } comes from its Warning header field: RFC 3398 §8.2.6.1 recommends cause { $cause } ({ $name }) for most warning codes, and cause { $bearer } ({ $bearer_name }) when the warning is about an unavailable bearer capability.
isup-to-no-mapping = RFC 3398 §8.2.6.1 maps { $code } to no cause value.
isup-to-not-listed = The SIP → ISUP table of RFC 3398 §8.2.6.1 lists only 4xx, 5xx and 6xx responses, so { $code } has no cause value.
isup-printed = RFC 3398 prints this row as “{ $printed }”; that reason phrase is the one of { $code }.
isup-lossy-back = The mapping is lossy: cause { $cause } comes back from the telephone network as a different code, not { $code }:
isup-lossy-default = The mapping is lossy: the ISUP → SIP table has no row for cause { $cause }, so a gateway turns it back into the default, { $default } { $default_reason }, not { $code }.
isup-shared = { $n ->
    [one] One other code also maps to cause { $cause }:
   *[other] { $n } other codes also map to cause { $cause }:
}
isup-reason-header = In SIP, the cause value travels in a Reason header field (RFC 3326; in responses, RFC 6432):
isup-page-link = Both tables of RFC 3398, with every cause value
isup-location-network = network
isup-location-user = user
isup-note-from-star = Cause 16 usually results in a BYE or CANCEL instead.
isup-note-from-plus = If the cause location is “user”, the 6xx code may be sent instead of the 4xx code (403 becomes 603).
isup-note-from-equals = In ANSI networks, cause 26 is overloaded to mean “misrouted ported number”; otherwise it is usually not used in ISUP.
isup-note-to-star = If the gateway can authenticate itself to the UAS that rejected the INVITE, it should do so and go on with the call; only if it cannot does it send cause 21.
isup-note-to-plus = The gateway should first try to remedy the protocol error and re-originate the session; only if that proves impossible does it fail the ISUP half of the call.

## The Q.850 page
registry-causes-link = { $registry } and ISUP cause values (Q.850): both mapping tables
q850-title = { $registry } ↔ ISUP cause values (Q.850, RFC 3398)
q850-description = Which ISDN User Part cause value each { $registry } response maps to and back, per RFC 3398, and where the mapping loses information.
q850-heading = { $registry } responses and ISUP cause values
q850-intro = A gateway between { $registry } and the telephone network's ISDN User Part (ISUP) translates release cause values (ITU-T Q.850) into { $registry } responses and back. RFC 3398 recommends the mapping below. It is lossy: several responses share one cause, and a cause can come back as a different response.
q850-from-intro = When the telephone network releases a call (REL) with a cause value, the gateway answers the { $registry } request with this response (RFC 3398 §7.2.4.1).
q850-to-intro = When a { $registry } request fails with a response, the gateway releases the ISUP call with this cause value (RFC 3398 §8.2.6.1).
q850-col-cause = Cause value
q850-col-name = Name
q850-col-response = { $registry } response
q850-none = —
q850-from-default = A cause value the table does not list should become { $code } { $reason }.
q850-printed = Printed in RFC 3398 as “{ $printed }”
q850-cell-no-mapping = No mapping
q850-cell-warning = From the Warning header field
q850-to-default = A response the table does not list should map to cause { $cause } ({ $name }).
q850-warning = For 488 and 606, the cause depends on the Warning header field: cause { $cause } ({ $name }) for most warning codes, cause { $bearer } ({ $bearer_name }) when the warning is about an unavailable bearer capability.
q850-location = The cause location sent with the cause is “user” for 6xx responses and “network” for 4xx and 5xx responses.
q850-reason-heading = The cause in a Reason header field
q850-reason-intro = SIP carries a cause value in a Reason header field (RFC 3326): a Q.850 cause, or a SIP response code. A BYE or CANCEL can carry it, and RFC 6432 allows it in responses.

## Cause values (ITU-T Q.850), as RFC 3398 names them
q850-cause-1 = Unallocated number
q850-cause-2 = No route to network
q850-cause-3 = No route to destination
q850-cause-16 = Normal call clearing
q850-cause-17 = User busy
q850-cause-18 = No user responding
q850-cause-19 = No answer from the user
q850-cause-20 = Subscriber absent
q850-cause-21 = Call rejected
q850-cause-22 = Number changed
q850-cause-23 = Redirection to new destination
q850-cause-25 = Exchange routing error
q850-cause-26 = Non-selected user clearing
q850-cause-27 = Destination out of order
q850-cause-28 = Invalid number format (address incomplete)
q850-cause-29 = Facility rejected
q850-cause-31 = Normal, unspecified
q850-cause-34 = No circuit available
q850-cause-38 = Network out of order
q850-cause-41 = Temporary failure
q850-cause-42 = Switching equipment congestion
q850-cause-47 = Resource unavailable
q850-cause-55 = Incoming calls barred within CUG
q850-cause-57 = Bearer capability not authorized
q850-cause-58 = Bearer capability not presently available
q850-cause-63 = Service or option unavailable
q850-cause-65 = Bearer capability not implemented
q850-cause-70 = Only restricted digital information bearer capability available
q850-cause-79 = Service or option not implemented
q850-cause-87 = User not member of CUG
q850-cause-88 = Incompatible destination
q850-cause-102 = Recovery on timer expiry
q850-cause-111 = Protocol error, unspecified
q850-cause-127 = Interworking, unspecified
