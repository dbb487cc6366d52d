package io.covercrit.jurisdictions.internal;

import io.covercrit.core.model.Jurisdiction;
import java.time.ZoneId;

/**
 * Default time zone per jurisdiction: the zone of the capital, where the regulator keeps its
 * clock. States spanning two zones (TX, FL, MI, OR, ...) use the capital's; a host that knows the
 * member's zone passes it in the query.
 */
final class StateTimeZones {
  private StateTimeZones() {}

  static ZoneId of(Jurisdiction jurisdiction) {
    switch (jurisdiction) {
      case AK: return ZoneId.of("America/Anchorage");
      case HI: return ZoneId.of("Pacific/Honolulu");
      case AZ: return ZoneId.of("America/Phoenix");
      case CA: case NV: case OR: case WA: return ZoneId.of("America/Los_Angeles");
      case CO: case MT: case NM: case UT: case WY: return ZoneId.of("America/Denver");
      case ID: return ZoneId.of("America/Boise");
      case AL: case AR: case IA: case IL: case KS: case LA: case MN: case MO: case MS: case ND: case NE:
      case OK: case SD: case TN: case TX: case WI:
        return ZoneId.of("America/Chicago");
      case IN: return ZoneId.of("America/Indiana/Indianapolis");
      case MI: return ZoneId.of("America/Detroit");
      case KY: return ZoneId.of("America/Kentucky/Louisville");
      case PR: return ZoneId.of("America/Puerto_Rico");
      case VI: return ZoneId.of("America/St_Thomas");
      case GU: return ZoneId.of("Pacific/Guam");
      case MP: return ZoneId.of("Pacific/Saipan");
      case AS: return ZoneId.of("Pacific/Pago_Pago");
      case FEDERAL: throw new IllegalArgumentException("FEDERAL has no default time zone");
      default: return ZoneId.of("America/New_York");
    }
  }
}
