// Aura, tuned for WCAG 2.2 AA: darker primary and text, visible 3px dark-blue focus rings (never
// the red or orange of an error), strong borders,
// and message/tag colours that keep at least 4.5:1 against their backgrounds.
import { definePreset } from '@primeuix/themes';
import Aura from '@primeuix/themes/aura';

const focusRing = { width: '3px', style: 'solid', color: '{blue.800}', offset: '2px' };

const messageColours = (palette: string, text: string) => ({
  background: `{${palette}.50}`,
  borderColor: `{${palette}.400}`,
  color: `{${palette}.${text}}`,
  outlined: { color: `{${palette}.${text}}`, borderColor: `{${palette}.600}` },
  simple: { color: `{${palette}.${text}}` },
  closeButton: { hoverBackground: `{${palette}.100}`, focusRing: { color: '{blue.800}' } },
});

export const kabinetPreset = definePreset(Aura, {
  semantic: {
    primary: {
      50: '{blue.50}',
      100: '{blue.100}',
      200: '{blue.200}',
      300: '{blue.300}',
      400: '{blue.400}',
      500: '{blue.500}',
      600: '{blue.600}',
      700: '{blue.700}',
      800: '{blue.800}',
      900: '{blue.900}',
      950: '{blue.950}',
    },
    focusRing: { ...focusRing, shadow: 'none' },
    formField: {
      focusRing: {
        width: '3px',
        style: 'solid',
        color: '{blue.800}',
        offset: '1px',
        shadow: 'none',
      },
    },
    colorScheme: {
      light: {
        primary: {
          color: '{primary.700}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.800}',
          activeColor: '{primary.900}',
        },
        highlight: {
          background: '{primary.50}',
          focusBackground: '{primary.100}',
          color: '{primary.800}',
          focusColor: '{primary.900}',
        },
        text: {
          color: '{surface.900}',
          hoverColor: '{surface.950}',
          mutedColor: '{surface.600}',
          hoverMutedColor: '{surface.700}',
        },
        formField: {
          borderColor: '{surface.500}',
          hoverBorderColor: '{surface.700}',
          color: '{surface.900}',
          placeholderColor: '{surface.600}',
          floatLabelColor: '{surface.600}',
          iconColor: '{surface.600}',
          invalidBorderColor: '{red.700}',
          invalidPlaceholderColor: '{red.700}',
        },
        content: { borderColor: '{surface.300}' },
      },
    },
  },
  components: {
    message: {
      colorScheme: {
        light: {
          info: messageColours('blue', '800'),
          success: messageColours('green', '800'),
          warn: messageColours('amber', '900'),
          error: messageColours('red', '800'),
        },
      },
    },
    tag: {
      colorScheme: {
        light: {
          primary: { background: '{primary.100}', color: '{primary.900}' },
          secondary: { background: '{surface.200}', color: '{surface.900}' },
          success: { background: '{green.100}', color: '{green.900}' },
          info: { background: '{sky.100}', color: '{sky.900}' },
          warn: { background: '{amber.100}', color: '{amber.900}' },
          danger: { background: '{red.700}', color: '#ffffff' },
        },
      },
    },
    togglebutton: {
      colorScheme: {
        light: {
          root: {
            color: '{surface.700}',
            hoverColor: '{surface.900}',
            checkedColor: '#ffffff',
            borderColor: '{surface.500}',
            checkedBorderColor: '{primary.700}',
          },
          content: { checkedBackground: '{primary.700}' },
          icon: { color: '{surface.700}', hoverColor: '{surface.900}', checkedColor: '#ffffff' },
        },
      },
    },
    button: {
      colorScheme: {
        light: {
          root: {
            secondary: {
              background: '{surface.200}',
              hoverBackground: '{surface.300}',
              borderColor: '{surface.500}',
              color: '{surface.900}',
              hoverColor: '{surface.950}',
            },
          },
        },
      },
    },
  },
});
