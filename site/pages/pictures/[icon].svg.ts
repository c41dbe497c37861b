import type { APIRoute, GetStaticPaths } from 'astro';
import { iconSvg, usedIcons } from '../../flows/screening/picture-files';

// Only the OpenMoji pictures the Easy Read screening uses are written into the build, one SVG
// file each: the page shows them as images, so they cost the page's script nothing.
export const getStaticPaths = (() =>
  usedIcons().map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(iconSvg(params.icon!), { headers: { 'Content-Type': 'image/svg+xml' } });
