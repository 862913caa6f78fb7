import {
  mdiCar,
  mdiCat,
  mdiFish,
  mdiFlower,
  mdiHeart,
  mdiHome,
  mdiMoonWaningCrescent,
  mdiPineTree,
  mdiRocketLaunch,
  mdiSoccer,
  mdiStar,
  mdiWeatherSunny,
} from '@mdi/js';
import type { ParticipantIcon } from '@shared/model';

/**
 * The participants' pictures as vector paths (Material Design Icons, Apache 2.0, 24×24): drawn
 * the same on every machine, in page elements (chips, trays) and on the canvas (marker badges),
 * with no emoji font needed.
 */
export const ICON_PATHS: Readonly<Record<ParticipantIcon, string>> = {
  star: mdiStar,
  heart: mdiHeart,
  sun: mdiWeatherSunny,
  moon: mdiMoonWaningCrescent,
  flower: mdiFlower,
  tree: mdiPineTree,
  house: mdiHome,
  car: mdiCar,
  ball: mdiSoccer,
  fish: mdiFish,
  cat: mdiCat,
  rocket: mdiRocketLaunch,
};

/**
 * A participant's picture in their colour (or white on their colour), `size` CSS px square.
 * Decorative where the name is next to it; pass `label` where it stands alone.
 */
export function ParticipantIconSvg({
  icon,
  size,
  colour = 'currentColor',
  label,
  className,
}: {
  icon: ParticipantIcon;
  size: number | string;
  colour?: string;
  label?: string;
  className?: string;
}) {
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      className={className}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
      data-icon={icon}
      style={{ flex: 'none', display: 'block' }}
    >
      <path d={ICON_PATHS[icon]} fill={colour} />
    </svg>
  );
}
