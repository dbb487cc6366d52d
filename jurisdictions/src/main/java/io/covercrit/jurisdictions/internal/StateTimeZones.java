package io.covercrit.jurisdictions.internal;

import io.covercrit.core.model.Jurisdiction;
import java.time.ZoneId;

/**
 * Default time zone per jurisdiction: the zone of the capital, where the regulator keeps its
 * clock. States spanning two zones (TX, FL, MI, OR, ...) use the capital's; a host that knows the
 * member's zone passes it in the query.
 */
final class StateTimeZones {
  // Resolved once: ZoneId.of parses and looks the rules up on every call.
  private static final ZoneId ANCHORAGE = ZoneId.of("America/Anchorage");
  private static final ZoneId BOISE = ZoneId.of("America/Boise");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final ZoneId DETROIT = ZoneId.of("America/Detroit");
  private static final ZoneId INDIANAPOLIS = ZoneId.of("America/Indiana/Indianapolis");
  private static final ZoneId LOUISVILLE = ZoneId.of("America/Kentucky/Louisville");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
  private static final ZoneId PUERTO_RICO = ZoneId.of("America/Puerto_Rico");
  private static final ZoneId ST_THOMAS = ZoneId.of("America/St_Thomas");
  private static final ZoneId GUAM = ZoneId.of("Pacific/Guam");
  private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
  private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");
  private static final ZoneId SAIPAN = ZoneId.of("Pacific/Saipan");

  private StateTimeZones() {}

  static ZoneId of(Jurisdiction jurisdiction) {
    switch (jurisdiction) {
      case AK: return ANCHORAGE;
      case HI: return HONOLULU;
      case AZ: return PHOENIX;
      case CA: case NV: case OR: case WA: return LOS_ANGELES;
      case CO: case MT: case NM: case UT: case WY: return DENVER;
      case ID: return BOISE;
      case AL: case AR: case IA: case IL: case KS: case LA: case MN: case MO: case MS: case ND: case NE:
      case OK: case SD: case TN: case TX: case WI:
        return CHICAGO;
      case IN: return INDIANAPOLIS;
      case MI: return DETROIT;
      case KY: return LOUISVILLE;
      case PR: return PUERTO_RICO;
      case VI: return ST_THOMAS;
      case GU: return GUAM;
      case MP: return SAIPAN;
      case AS: return PAGO_PAGO;
      case FEDERAL: throw new IllegalArgumentException("FEDERAL has no default time zone");
      default: return NEW_YORK;
    }
  }
}
