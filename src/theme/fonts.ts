// The bundled typeface (no network font): Inter, Latin subset, the weights the theme uses.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
