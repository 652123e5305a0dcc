/*
 * The slide stylesheets, one per slide type or shared part, in cascade order: later files may
 * refine earlier ones (the map and story slides restyle the shared figure blocks and visuals),
 * so keep this order. A new slide type adds its file here, after the shared parts.
 */
import './slide-base.css';
import './title.css';
import './visual.css';
import './award.css';
import './stats.css';
import './statistics.css';
import './steps.css';
import './map.css';
import './story.css';
import './closing.css';
